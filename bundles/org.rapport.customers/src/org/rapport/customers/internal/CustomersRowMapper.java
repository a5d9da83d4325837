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
