package org.rapport.ui.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;

/**
 * How every view writes dates, times, amounts and counts: in the user's language (the
 * workbench's {@code -nl}), so the same value reads the same in every area. Null is written as
 * nothing.
 */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private Formats() {
    }

    /** A day, such as "Mar 14, 1990" or "1990年3月14日". */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A moment in the workbench's time zone, to the minute. */
    public static String dateTime(Instant at) {
        return dateTime(at, ZoneId.systemDefault());
    }

    /** A moment in the given zone (a clock's), to the minute. */
    public static String dateTime(Instant at, ZoneId zone) {
        return at == null ? "" : DATE_TIME.withZone(zone).format(at);
    }

    /** An amount with two decimals and grouping, such as "88,000.00"; the currency is the store's one. */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance();
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * An amount with its currency as the user's language writes it, such as "CN¥88,000.00" in
     * English or "¥88,000.00" in Chinese for yuan, "-€12.50" for a return in euros.
     */
    public static String money(BigDecimal amount, Currency currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance();
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits() < 0 ? 2 : currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(format.getMinimumFractionDigits());
        return format.format(amount.setScale(format.getMaximumFractionDigits(), RoundingMode.HALF_UP));
    }

    /** A count with grouping, such as "1,000,000". */
    public static String count(long count) {
        return NumberFormat.getIntegerInstance().format(count);
    }
}
