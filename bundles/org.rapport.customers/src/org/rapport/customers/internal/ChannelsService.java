package org.rapport.customers.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.api.ClockService;
import org.rapport.customers.api.Channels;
import org.rapport.customers.api.CustomersAreaId;
import org.rapport.customers.model.Channel;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.Roles;
import org.rapport.security.model.Action;

/**
 * {@link Channels}: the built-in channels with their labels from the message bundle and the usual
 * spellings, and the added ones from the store, read in the signed-in user's unit of work (a user
 * who may not read customers gets the built-in channels only). The added ones are kept for a
 * minute, so lists can label every row: another desktop's new channel shows by its code until then.
 */
@Component(service = Channels.class)
public class ChannelsService implements Channels {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    private static final int LABEL_LENGTH = 64;
    private static final Duration KEPT = Duration.ofMinutes(1);

    /** What imports accept besides the code and the label, as people and other systems write it. */
    private static final Map<String, List<String>> BUILT_IN_ALIASES = Map.of(
            STORE, List.of("shop", "retail", "offline", "in-store", "instore", "pos", "outlet", "门店", "实体店", "线下"),
            WEB_SHOP, List.of("web", "webshop", "online", "online-shop", "e-commerce", "ecommerce", "website", "internet", "网店", "官网", "线上", "电商"),
            APP, List.of("mobile-app", "mobile", "application", "应用", "手机应用"),
            SOCIAL_MEDIA, List.of("social", "wechat", "weixin", "weibo", "douyin", "tiktok", "facebook", "instagram", "xiaohongshu", "whatsapp",
                    "微信", "微博", "抖音", "小红书", "社交媒体"),
            HOTLINE, List.of("phone", "telephone", "call", "call-center", "call-centre", "callcenter", "电话", "热线"),
            FIELD_SALES, List.of("field", "sales-rep", "door-to-door", "direct-sales", "外勤", "地推", "上门"),
            OTHER, List.of("others", "unknown", "misc", "其他", "其它"));

    @Reference
    private Store store;
    @Reference
    private CurrentUser currentUser;
    @Reference
    private ClockService clock;

    /** The added channels as last read, and when; null until read. */
    private volatile Read read;

    private record Read(List<Channel> channels, Instant at) {
    }

    /** For DS. */
    public ChannelsService() {
    }

    /** For tests. */
    public ChannelsService(Store store, CurrentUser currentUser, ClockService clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public List<ChannelInfo> channels() {
        List<ChannelInfo> all = new ArrayList<>();
        for (String code : BUILT_IN) {
            all.add(new ChannelInfo(code, builtInLabel(code), true, BUILT_IN_ALIASES.get(code)));
        }
        added().stream().sorted(Comparator.comparing(Channel::getCode))
                .forEach(channel -> all.add(new ChannelInfo(channel.getCode(), channel.getLabel(), false, List.copyOf(channel.getAliases()))));
        return all;
    }

    @Override
    public String label(String code) {
        if (code == null) {
            return "";
        }
        return channels().stream().filter(channel -> channel.code().equals(code)).map(ChannelInfo::label).findFirst().orElse(code);
    }

    @Override
    public Map<String, String> resolver() {
        Map<String, String> resolver = new HashMap<>();
        // the codes first, so no label or alias can take a code's place
        List<ChannelInfo> all = channels();
        all.forEach(channel -> resolver.put(channel.code(), channel.code()));
        for (ChannelInfo channel : all) {
            resolver.putIfAbsent(Channels.spelling(channel.label()), channel.code());
            // the English label of a built-in channel whatever the user's language, as files are written
            if (channel.builtIn()) {
                resolver.putIfAbsent(Channels.spelling(channel.code().replace('-', ' ')), channel.code());
            }
            channel.aliases().forEach(alias -> resolver.putIfAbsent(Channels.spelling(alias), channel.code()));
        }
        return resolver;
    }

    @Override
    public ChannelInfo add(String code, String label, List<String> aliases) {
        if (!currentUser.require().may(Roles.SECURITY, Action.UPDATE)) {
            throw new AccessDeniedException(Messages.channel_denied);
        }
        String wanted = code == null ? "" : code.strip();
        if (!CODE.matcher(wanted).matches()) {
            throw new IllegalArgumentException(NLS.bind(Messages.channel_bad_code, wanted));
        }
        String name = label == null ? "" : label.strip();
        if (name.isEmpty() || name.length() > LABEL_LENGTH) {
            throw new IllegalArgumentException(NLS.bind(Messages.channel_bad_label, name, LABEL_LENGTH));
        }
        Map<String, String> taken = resolver();
        Set<String> others = new LinkedHashSet<>();
        aliases.stream().filter(alias -> !alias.isBlank()).map(Channels::spelling).forEach(others::add);
        others.remove(wanted);
        others.remove(Channels.spelling(name));
        Set<String> spellings = new LinkedHashSet<>(List.of(wanted, Channels.spelling(name)));
        spellings.addAll(others);
        for (String spelling : spellings) {
            if (spelling.length() > LABEL_LENGTH) {
                throw new IllegalArgumentException(NLS.bind(Messages.channel_bad_label, spelling, LABEL_LENGTH));
            }
            if (taken.containsKey(spelling)) {
                throw new IllegalArgumentException(NLS.bind(Messages.channel_taken, spelling, label(taken.get(spelling))));
            }
        }
        try (UnitOfWork work = store.begin()) {
            Channel channel = CustomersFactory.eINSTANCE.createChannel();
            channel.setCode(wanted);
            channel.setLabel(name);
            channel.getAliases().addAll(others);
            work.add(channel);
            work.commit();
            read = null;
            return new ChannelInfo(wanted, name, false, List.copyOf(channel.getAliases()));
        }
    }

    private List<Channel> added() {
        if (!currentUser.get().map(user -> user.may(CustomersAreaId.ID, Action.READ)).orElse(false)) {
            return List.of();
        }
        Read last = read;
        if (last != null && last.at().plus(KEPT).isAfter(clock.now())) {
            return last.channels();
        }
        try (UnitOfWork work = store.begin()) {
            List<Channel> channels = work.query("SELECT c FROM Channel c");
            channels.forEach(channel -> channel.getAliases().size()); // read before the unit of work closes
            read = new Read(List.copyOf(channels), clock.now());
            return channels;
        }
    }

    private static String builtInLabel(String code) {
        return switch (code) {
        case STORE -> Messages.channel_store;
        case WEB_SHOP -> Messages.channel_web_shop;
        case APP -> Messages.channel_app;
        case SOCIAL_MEDIA -> Messages.channel_social_media;
        case HOTLINE -> Messages.channel_hotline;
        case FIELD_SALES -> Messages.channel_field_sales;
        default -> Messages.channel_other;
        };
    }
}
