package org.rapport.customers.demo.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.rapport.complaints.api.Categories;
import org.rapport.complaints.api.Complaints;
import org.rapport.complaints.api.Complaints.NewComplaint;
import org.rapport.complaints.api.Lifecycle;
import org.rapport.complaints.model.Severity;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;

/**
 * A few complaints of the demo customers, at every stage of their lifecycle and at known distances
 * from the moment the demo is made: new ones whose clocks run (one already overdue), one waiting
 * for the customer, one resolved and due for its follow-up, several followed up (with the customer's
 * satisfaction and, for most, how likely they are to recommend us) and closed over the last two months. Opened through the
 * complaints service, so their clocks, events and levels are what an agent would have made; filed under
 * a small category tree in both languages, so the queue's category filter and the hot spots have something to show.
 */
final class DemoComplaints {

    /** One complaint: which demo customer (by position), how long ago, and what happened since (minutes after opening). */
    private record Demo(String reference, int customer, long minutesAgo, String channel, String category, Severity severity, String subject,
            String description, List<Step> steps) {
    }

    /** A category of the demo's small tree: its code, parent, English and Chinese names. */
    private record Kind(String code, String parent, String name, String nameZh) {
    }

    /** Parents before their children. */
    private static final List<Kind> CATEGORIES = List.of(new Kind("delivery", null, "Delivery", "配送"),
            new Kind("delivery.late", "delivery", "Late delivery", "配送延误"), new Kind("delivery.address", "delivery", "Delivery address", "收货地址"),
            new Kind("product", null, "Product", "产品"), new Kind("product.defect", "product", "Defect or safety", "故障与安全"),
            new Kind("product.wrong", "product", "Wrong item or size", "错发或尺码不符"), new Kind("product.warranty", "product", "Warranty", "保修"),
            new Kind("service", null, "Service", "服务"), new Kind("service.staff", "service", "Staff attitude", "服务态度"),
            new Kind("service.refund", "service", "Refunds", "退款"), new Kind("loyalty", null, "Membership and points", "会员与积分"),
            new Kind("account", null, "Account and app", "账户与应用"), new Kind("account.login", "account", "Signing in", "登录问题"));

    /** A step; a follow-up's {@code csat} (1-5) and optional {@code recommend} (0-10, the NPS question). */
    private record Step(Lifecycle step, long after, String note, Integer csat, Integer recommend) {
        Step(Lifecycle step, long after, String note, Integer csat) {
            this(step, after, note, csat, null);
        }
    }

    private static final List<Demo> DEMOS = List.of(
            new Demo("D-1001", 0, 4, "hotline", "product.defect", Severity.URGENT, "Charger sparks when plugged in", "Customer smelled burning; told to unplug it at once.",
                    List.of()),
            new Demo("D-1002", 1, 50, "social-media", "delivery.late", Severity.GENERAL, "快递延误三天，客服电话一直打不通", "客户通过微信留言，订单 W-88213 三天未送达。", List.of()),
            new Demo("D-1003", 2, 20, "hotline", "product.warranty", Severity.INQUIRY, "How do I register the extended warranty?", null,
                    List.of(new Step(Lifecycle.ACKNOWLEDGE, 5, null, null))),
            new Demo("D-1004", 3, 90, "store", "product.wrong", Severity.GENERAL, "收到的羊毛衫尺码不对", "门店自提，尺码 L 实为 M，要求换货。",
                    List.of(new Step(Lifecycle.START, 10, null, null))),
            new Demo("D-1005", 4, 180, "app", "service.refund", Severity.GENERAL, "Refund for the returned blender not received", "Returned on the 2nd; no refund yet.",
                    List.of(new Step(Lifecycle.START, 15, null, null), new Step(Lifecycle.WAIT, 30, "Asked for the bank statement of the 2nd", null))),
            new Demo("D-1006", 5, 12, "hotline", "loyalty", Severity.URGENT, "会员积分被重复扣除", "兑换礼品时积分被扣了两次。", List.of()),
            new Demo("D-1007", 6, 2 * 24 * 60, "web-shop", "product.defect", Severity.GENERAL, "Coffee machine leaks water", null,
                    List.of(new Step(Lifecycle.START, 20, null, null), new Step(Lifecycle.RESOLVE, 2 * 24 * 60 - 60, "Replacement sent by courier", null))),
            new Demo("D-1008", 7, 5 * 24 * 60, "store", "service.staff", Severity.GENERAL, "门店店员态度差", null,
                    List.of(new Step(Lifecycle.START, 25, null, null), new Step(Lifecycle.RESOLVE, 300, "店长致电道歉并赠送优惠券", null),
                            new Step(Lifecycle.FOLLOW_UP, 24 * 60, "客户表示满意", 4, 8), new Step(Lifecycle.CLOSE, 24 * 60 + 5, null, null))),
            new Demo("D-1009", 8, 10, "app", "delivery.address", Severity.INQUIRY, "Can I change the delivery address of my order?", null, List.of()),
            new Demo("D-1010", 9, 15, "app", "account.login", Severity.GENERAL, "App 无法登录，提示验证码错误", null, List.of()),
            // followed up over the last months, most with an answer to the recommend question: the NPS tile has data
            followedUp("D-1011", 10, 1, "hotline", "service", "Wrong invoice address", 5, 10),
            followedUp("D-1012", 11, 2, "web-shop", "service.refund", "订单重复扣款", 4, 9),
            followedUp("D-1013", 12, 3, "app", "loyalty", "Voucher code not accepted", 3, 6),
            followedUp("D-1014", 13, 9, "store", "service.refund", "退货流程太慢", 4, null),
            followedUp("D-1015", 14, 20, "hotline", "delivery.address", "Delivery left at the wrong door", 5, 9),
            followedUp("D-1016", 15, 34, "social-media", "loyalty", "积分未到账", 2, 3),
            followedUp("D-1017", 16, 47, "web-shop", "delivery", "Damaged packaging", 4, 7),
            followedUp("D-1018", 17, 62, "app", "loyalty", "会员等级显示错误", 5, 10),
            // closed two days ago, the article KB-2 solved it; the demo quality review scores it
            new Demo("D-1019", 18, 3 * 24 * 60, "hotline", "product.warranty", Severity.INQUIRY, "How long is the extended warranty valid?", null,
                    List.of(new Step(Lifecycle.START, 10, null, null), new Step(Lifecycle.RESOLVE, 40, "Explained; registered it for the customer", null),
                            new Step(Lifecycle.FOLLOW_UP, 24 * 60, "Happy with the answer", 5), new Step(Lifecycle.CLOSE, 24 * 60 + 5, null, null))));

    /** A general complaint resolved and followed up, with its answers, {@code days} days ago; closed the same day. */
    private static Demo followedUp(String reference, int customer, int days, String channel, String category, String subject, int csat, Integer recommend) {
        long opened = days * 24L * 60 + 6 * 60;
        return new Demo(reference, customer, opened, channel, category, Severity.GENERAL, subject, null,
                List.of(new Step(Lifecycle.START, 10, null, null), new Step(Lifecycle.RESOLVE, 180, null, null),
                        new Step(Lifecycle.FOLLOW_UP, 6 * 60 - 30, null, csat, recommend), new Step(Lifecycle.CLOSE, 6 * 60 - 25, null, null)));
    }

    private DemoComplaints() {
    }

    /** Makes the demo's category tree through the service, unless there is one already. */
    static void categories(Categories categories) {
        if (!categories.tree(true).isEmpty()) {
            return;
        }
        for (Kind kind : CATEGORIES) {
            categories.add(kind.code(), kind.name(), kind.nameZh(), kind.parent());
        }
    }

    /** Opens the demo complaints for the first customers by reference, filed under the demo's categories when there are any; how many were opened. */
    static int open(Complaints complaints, Categories categories, Store store, Instant now) {
        boolean filed = categories != null;
        if (filed) {
            categories(categories);
        }
        List<String> customers;
        try (UnitOfWork work = store.begin()) {
            customers = work.page("SELECT c.reference FROM Customer c ORDER BY c.reference", 0, DEMOS.size());
        }
        int opened = 0;
        for (Demo demo : DEMOS) {
            if (demo.customer() >= customers.size()) {
                break;
            }
            Instant at = now.minus(demo.minutesAgo(), ChronoUnit.MINUTES);
            complaints.open(new NewComplaint(demo.reference(), customers.get(demo.customer()), at, demo.channel(), filed ? demo.category() : null, demo.severity(), demo.subject(),
                    demo.description()));
            for (Step step : demo.steps()) {
                complaints.act(demo.reference(), step.step(), at.plus(step.after(), ChronoUnit.MINUTES), step.note(), step.csat(), step.recommend());
            }
            opened++;
        }
        return opened;
    }
}
