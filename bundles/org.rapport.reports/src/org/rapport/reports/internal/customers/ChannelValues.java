package org.rapport.reports.internal.customers;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.customers.api.Channels;
import org.rapport.reports.api.DimensionValues;
import org.rapport.reports.api.Dimensions;

/**
 * The channels by their code, their label or a usual spelling, as imports read them ({@link
 * Channels#resolver()}). Any other name is filtered as given, not refused: complaints keep the
 * channel a contact came through as it was written (an import's {@code chat}), which no customer
 * channel need have.
 */
@Component(service = DimensionValues.class)
public class ChannelValues implements DimensionValues {

    private final Channels channels;

    @Activate
    public ChannelValues(@Reference(name = "channels") Channels channels) {
        this.channels = channels;
    }

    @Override
    public String dimension() {
        return Dimensions.CHANNEL;
    }

    @Override
    public Optional<String> stored(String name) {
        return Optional.of(channels.resolver().getOrDefault(Channels.spelling(name), name.strip()));
    }

    @Override
    public List<String> known() {
        return channels.channels().stream().map(channel -> channel.code() + " (" + channel.label() + ")").toList();
    }
}
