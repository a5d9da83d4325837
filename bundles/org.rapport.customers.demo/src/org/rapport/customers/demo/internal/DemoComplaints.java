package org.rapport.customers.demo.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

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
 * complaints service, so their clocks, events and levels are what an agent would have made.
 */
final class DemoComplaints {

    /** One complaint: which demo customer (by position), how long ago, and what happened since (minutes after opening). */
    private record Demo(String reference, int customer, long minutesAgo, String channel, Severity severity, String subject, String description,
            List<Step> steps) {
    }

    /** A step; a follow-up's {@code csat} (1-5) and optional {@code recommend} (0-10, the NPS question). */
    private record Step(Lifecycle step, long after, String note, Integer csat, Integer recommend) {
        Step(Lifecycle step, long after, String note, Integer csat) {
            this(step, after, note, csat, null);
        }
    }

    private static final List<Demo> DEMOS = List.of(
            new Demo("D-1001", 0, 4, "hotline", Severity.URGENT, "Charger sparks when plugged in", "Customer smelled burning; told to unplug it at once.",
                    List.of()),
            new Demo("D-1002", 1, 50, "social-media", Severity.GENERAL, "快递延误三天，客服电话一直打不通", "客户通过微信留言，订单 W-88213 三天未送达。", List.of()),
            new Demo("D-1003", 2, 20, "hotline", Severity.INQUIRY, "How do I register the extended warranty?", null,
                    List.of(new Step(Lifecycle.ACKNOWLEDGE, 5, null, null))),
            new Demo("D-1004", 3, 90, "store", Severity.GENERAL, "收到的羊毛衫尺码不对", "门店自提，尺码 L 实为 M，要求换货。",
                    List.of(new Step(Lifecycle.START, 10, null, null))),
            new Demo("D-1005", 4, 180, "app", Severity.GENERAL, "Refund for the returned blender not received", "Returned on the 2nd; no refund yet.",
                    List.of(new Step(Lifecycle.START, 15, null, null), new Step(Lifecycle.WAIT, 30, "Asked for the bank statement of the 2nd", null))),
            new Demo("D-1006", 5, 12, "hotline", Severity.URGENT, "会员积分被重复扣除", "兑换礼品时积分被扣了两次。", List.of()),
            new Demo("D-1007", 6, 2 * 24 * 60, "web-shop", Severity.GENERAL, "Coffee machine leaks water", null,
                    List.of(new Step(Lifecycle.START, 20, null, null), new Step(Lifecycle.RESOLVE, 2 * 24 * 60 - 60, "Replacement sent by courier", null))),
            new Demo("D-1008", 7, 5 * 24 * 60, "store", Severity.GENERAL, "门店店员态度差", null,
                    List.of(new Step(Lifecycle.START, 25, null, null), new Step(Lifecycle.RESOLVE, 300, "店长致电道歉并赠送优惠券", null),
                            new Step(Lifecycle.FOLLOW_UP, 24 * 60, "客户表示满意", 4, 8), new Step(Lifecycle.CLOSE, 24 * 60 + 5, null, null))),
            new Demo("D-1009", 8, 10, "app", Severity.INQUIRY, "Can I change the delivery address of my order?", null, List.of()),
            new Demo("D-1010", 9, 15, "app", Severity.GENERAL, "App 无法登录，提示验证码错误", null, List.of()),
            // followed up over the last months, most with an answer to the recommend question: the NPS tile has data
            followedUp("D-1011", 10, 1, "hotline", "Wrong invoice address", 5, 10),
            followedUp("D-1012", 11, 2, "web-shop", "订单重复扣款", 4, 9),
            followedUp("D-1013", 12, 3, "app", "Voucher code not accepted", 3, 6),
            followedUp("D-1014", 13, 9, "store", "退货流程太慢", 4, null),
            followedUp("D-1015", 14, 20, "hotline", "Delivery left at the wrong door", 5, 9),
            followedUp("D-1016", 15, 34, "social-media", "积分未到账", 2, 3),
            followedUp("D-1017", 16, 47, "web-shop", "Damaged packaging", 4, 7),
            followedUp("D-1018", 17, 62, "app", "会员等级显示错误", 5, 10),
            // closed two days ago, the article KB-2 solved it; the demo quality review scores it
            new Demo("D-1019", 18, 3 * 24 * 60, "hotline", Severity.INQUIRY, "How long is the extended warranty valid?", null,
                    List.of(new Step(Lifecycle.START, 10, null, null), new Step(Lifecycle.RESOLVE, 40, "Explained; registered it for the customer", null),
                            new Step(Lifecycle.FOLLOW_UP, 24 * 60, "Happy with the answer", 5), new Step(Lifecycle.CLOSE, 24 * 60 + 5, null, null))));

    /** A general complaint resolved and followed up, with its answers, {@code days} days ago; closed the same day. */
    private static Demo followedUp(String reference, int customer, int days, String channel, String subject, int csat, Integer recommend) {
        long opened = days * 24L * 60 + 6 * 60;
        return new Demo(reference, customer, opened, channel, Severity.GENERAL, subject, null,
                List.of(new Step(Lifecycle.START, 10, null, null), new Step(Lifecycle.RESOLVE, 180, null, null),
                        new Step(Lifecycle.FOLLOW_UP, 6 * 60 - 30, null, csat, recommend), new Step(Lifecycle.CLOSE, 6 * 60 - 25, null, null)));
    }

    private DemoComplaints() {
    }

    /** Opens the demo complaints for the first customers by reference; how many were opened. */
    static int open(Complaints complaints, Store store, Instant now) {
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
            complaints.open(new NewComplaint(demo.reference(), customers.get(demo.customer()), at, demo.channel(), null, demo.severity(), demo.subject(),
                    demo.description()));
            for (Step step : demo.steps()) {
                complaints.act(demo.reference(), step.step(), at.plus(step.after(), ChronoUnit.MINUTES), step.note(), step.csat(), step.recommend());
            }
            opened++;
        }
        return opened;
    }
}
