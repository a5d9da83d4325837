package org.rapport.transfer.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;
import org.rapport.transfer.api.CsvFormats;
import org.rapport.transfer.api.Delimiter;
import org.rapport.transfer.api.ImportException;
import org.rapport.transfer.api.Row;
import org.rapport.transfer.api.RowMapper;

/** Where each of a kind's columns is in the file: the header matched against the columns and the mapping. */
record ColumnMatch(Map<String, Integer> index, int count) {

    /**
     * Skips the ignored columns; refuses other unknown, repeated and missing columns, and mapping
     * keys that name neither a column nor something the mapper owns. A header read as one unknown
     * column that another separator splits is refused with that separator named.
     */
    static ColumnMatch of(RowMapper mapper, List<String> header, Map<String, String> mapping, Set<String> ignored, Delimiter read) {
        List<String> ours = new ArrayList<>(mapper.requiredColumns());
        ours.addAll(mapper.optionalColumns());
        List<String> badKeys = mapping.keySet().stream().filter(key -> !ours.contains(key) && !mapper.ownsMappingKey(key)).sorted().toList();
        if (!badKeys.isEmpty()) {
            throw new ImportException(NLS.bind(Messages.import_unknown_mapping, String.join(", ", badKeys), String.join(", ", ours)));
        }
        Map<String, String> theirsToOurs = new HashMap<>();
        for (String our : ours) {
            theirsToOurs.put(mapping.getOrDefault(our, our).strip().toLowerCase(Locale.ROOT), our);
        }
        Set<String> skipped = ignored.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            String our = theirsToOurs.get(name.toLowerCase(Locale.ROOT));
            if (our == null && skipped.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (our == null) {
                unknown.add(name);
            } else if (index.putIfAbsent(our, i) != null) {
                throw new ImportException(NLS.bind(Messages.import_repeated_column, name));
            }
        }
        if (!unknown.isEmpty() && header.size() == 1 && Delimiter.guess(header.get(0)) != read) {
            throw new ImportException(NLS.bind(Messages.import_other_delimiter, new Object[] { header.get(0), read.word(), Delimiter.guess(header.get(0)).word() }));
        }
        if (!unknown.isEmpty()) {
            throw new ImportException(NLS.bind(Messages.import_unknown_columns, String.join(", ", unknown), String.join(", ", ours)));
        }
        List<String> missing = mapper.requiredColumns().stream().filter(column -> !index.containsKey(column))
                .map(column -> mapping.getOrDefault(column, column)).toList();
        if (!missing.isEmpty()) {
            throw new ImportException(NLS.bind(Messages.import_missing_columns, String.join(", ", missing)));
        }
        return new ColumnMatch(index, header.size());
    }

    /** A record of the file as a row of the kind's columns. */
    Row row(long line, CSVRecord record) {
        return new Row() {
            @Override
            public long line() {
                return line;
            }

            @Override
            public String get(String column) {
                Integer at = index.get(column);
                // an export's spreadsheet-safe quote comes off, so an export imports again as it was
                return at == null ? "" : CsvFormats.fromSpreadsheetSafe(record.get(at));
            }

            @Override
            public boolean has(String column) {
                return index.containsKey(column);
            }
        };
    }
}
