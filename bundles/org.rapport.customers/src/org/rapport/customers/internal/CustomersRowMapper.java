package org.rapport.customers.internal;

import java.util.List;
import java.util.stream.Stream;

import org.rapport.core.api.ClockService;
import org.rapport.customers.api.Channels;
import org.rapport.customers.api.CustomersAreaId;
import org.rapport.transfer.api.ImportContext;
import org.rapport.transfer.api.ImportOptions;
import org.rapport.transfer.api.MappedRun;
import org.rapport.transfer.api.RowMapper;

/**
 * What the customers area's import kinds share: their records are the customers area's, they read
 * dates by the clock, and they own the mapping file's {@code channel.VALUE=CODE} keys.
 */
abstract class CustomersRowMapper implements RowMapper {

    protected final ClockService clock;
    protected final Channels channels;
    private final String id;
    private final String label;
    private final List<String> required;
    private final List<String> optional;

    /**
     * @param columns the kind's columns in the customers API, the first {@code required} of which a file must have
     * @param extraColumns the columns a file may have besides
     */
    protected CustomersRowMapper(String id, String label, List<String> columns, int required, List<String> extraColumns, ClockService clock,
            Channels channels) {
        this.id = id;
        this.label = label;
        this.required = columns.subList(0, required);
        this.optional = Stream.concat(columns.stream().skip(required), extraColumns.stream()).toList();
        this.clock = clock;
        this.channels = channels;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> requiredColumns() {
        return required;
    }

    @Override
    public List<String> optionalColumns() {
        return optional;
    }

    /** The column's label in the user's language, as the import wizard shows it. */
    @Override
    public String columnLabel(String column) {
        return switch (column) {
        case "ref" -> Messages.import_field_ref;
        case "name" -> Messages.import_field_name;
        case "email" -> Messages.import_field_email;
        case "phone" -> Messages.import_field_phone;
        case "birthday" -> Messages.import_field_birthday;
        case "region" -> Messages.import_field_region;
        case "channel" -> Messages.import_field_channel;
        case "tags" -> Messages.import_field_tags;
        case "account_manager" -> Messages.import_field_account_manager;
        case "customer_ref" -> Messages.import_field_customer_ref;
        case "date" -> Messages.import_field_date;
        case "amount" -> Messages.import_field_amount;
        case "quantity" -> Messages.import_field_quantity;
        case "product" -> Messages.import_field_product;
        case "order_ref" -> Messages.import_field_order_ref;
        case "line" -> Messages.import_field_line;
        case "kind" -> Messages.import_field_kind;
        default -> column;
        };
    }

    @Override
    public String area() {
        return CustomersAreaId.ID;
    }

    @Override
    public boolean ownsMappingKey(String key) {
        return ChannelCodes.ownsMappingKey(key);
    }

    /** A bad channel mapping is refused before a run is recorded. */
    @Override
    public void check(ImportOptions options) {
        ChannelCodes.of(channels, options.mapping());
    }

    /** One run of a kind of the customers area: its context and its channel codes, the mapping's included. */
    protected abstract class CustomersRun<T> implements MappedRun<T> {

        protected final ImportContext context;
        protected final ChannelCodes channelCodes;

        protected CustomersRun(ImportContext context) {
            this.context = context;
            this.channelCodes = ChannelCodes.of(channels, context.options().mapping());
        }
    }
}
