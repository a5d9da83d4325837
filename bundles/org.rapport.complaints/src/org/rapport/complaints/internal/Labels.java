package org.rapport.complaints.internal;

import org.rapport.complaints.model.CompensationKind;
import org.rapport.complaints.model.ComplaintStatus;
import org.rapport.complaints.model.Severity;

/** Texts of statuses and clocks for messages and the command line, from the bundle's messages. */
public final class Labels {

    private Labels() {
    }

    public static String status(ComplaintStatus status) {
        return switch (status) {
            case NEW -> Messages.ComplaintStatus_NEW;
            case ACKNOWLEDGED -> Messages.ComplaintStatus_ACKNOWLEDGED;
            case IN_PROGRESS -> Messages.ComplaintStatus_IN_PROGRESS;
            case WAITING -> Messages.ComplaintStatus_WAITING;
            case ESCALATED -> Messages.ComplaintStatus_ESCALATED;
            case RESOLVED -> Messages.ComplaintStatus_RESOLVED;
            case FOLLOWED_UP -> Messages.ComplaintStatus_FOLLOWED_UP;
            case CLOSED -> Messages.ComplaintStatus_CLOSED;
            case REOPENED -> Messages.ComplaintStatus_REOPENED;
        };
    }

    public static String severity(Severity severity) {
        return switch (severity) {
            case URGENT -> Messages.Severity_URGENT;
            case GENERAL -> Messages.Severity_GENERAL;
            case INQUIRY -> Messages.Severity_INQUIRY;
        };
    }

    public static String compensation(CompensationKind kind) {
        return switch (kind) {
            case SERVICE_CREDIT -> Messages.CompensationKind_SERVICE_CREDIT;
            case EXTENDED_WARRANTY -> Messages.CompensationKind_EXTENDED_WARRANTY;
            case COUPON -> Messages.CompensationKind_COUPON;
            case LOYALTY_POINTS -> Messages.CompensationKind_LOYALTY_POINTS;
            case VOUCHER -> Messages.CompensationKind_VOUCHER;
            case REFUND -> Messages.CompensationKind_REFUND;
            case GIFT -> Messages.CompensationKind_GIFT;
            case OTHER -> Messages.CompensationKind_OTHER;
        };
    }

    public static String clock(String name) {
        return switch (name) {
            case ServiceClocks.ACKNOWLEDGE -> Messages.clock_acknowledge;
            case ServiceClocks.SOLUTION -> Messages.clock_solution;
            default -> Messages.clock_resolve;
        };
    }
}
