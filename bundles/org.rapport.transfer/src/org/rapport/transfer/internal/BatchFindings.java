package org.rapport.transfer.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.rapport.transfer.api.Findings;

/** What one batch found, held until the batch commits, then written to the reports in line order. */
final class BatchFindings implements Findings {

    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final List<List<String>> duplicates = new ArrayList<>();

    @Override
    public void reject(long line, String field, String value, String reason) {
        problems.add(new Problem(line, field, value, reason));
    }

    @Override
    public void warn(long line, String field, String value, String reason) {
        warnings.add(new Problem(line, field, value, reason));
    }

    @Override
    public void withdrawWarnings(long line) {
        warnings.removeIf(warning -> warning.line() == line);
    }

    @Override
    public void duplicate(long line, String reference, String matching, String matchedOn) {
        duplicates.add(List.of(String.valueOf(line), reference, matching, matchedOn));
    }

    /** The lines rejected; a rejected row is not stored, so what would have been kept of it is not either. */
    Set<Long> rejectedLines() {
        Set<Long> rejected = problems.stream().map(Problem::line).collect(Collectors.toSet());
        warnings.removeIf(warning -> rejected.contains(warning.line()));
        return rejected;
    }

    long duplicateCount() {
        return duplicates.size();
    }

    long warningCount() {
        return warnings.size();
    }

    void writeTo(ReportFile rejects, ReportFile duplicatesReport, ReportFile warningsReport) throws IOException {
        problems.sort(Comparator.comparingLong(Problem::line));
        for (Problem problem : problems) {
            rejects.print(problem.columns());
        }
        rejects.printer().flush();
        for (List<String> duplicate : duplicates) {
            duplicatesReport.print(duplicate);
        }
        duplicatesReport.printer().flush();
        warnings.sort(Comparator.comparingLong(Problem::line));
        for (Problem warning : warnings) {
            warningsReport.print(warning.columns());
        }
        warningsReport.printer().flush();
    }
}
