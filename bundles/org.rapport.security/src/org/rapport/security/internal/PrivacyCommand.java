package org.rapport.security.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.cli.api.AreaCommand;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.CliException;
import org.rapport.cli.api.Verb;
import org.rapport.core.api.PrivateFiles;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.CommandLineSession;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.PrivacyRequests;
import org.rapport.security.api.PrivacyRequests.Summary;

/**
 * {@code rapport-ctl privacy export REF [--out FILE]} and {@code privacy erase REF --yes}: a data
 * subject's personal-data requests, for a user who signs in as for {@code user}. An export to a
 * file is written next to it, readable by its owner only, and moved into place when complete, so
 * no half file is left.
 */
@Component(service = CliCommand.class)
public class PrivacyCommand extends AreaCommand {

    @Reference
    private Authenticator authenticator;
    @Reference
    private CurrentUser current;
    @Reference
    private PrivacyRequests privacy;

    /** For DS. */
    public PrivacyCommand() {
    }

    /** For tests. */
    public PrivacyCommand(Authenticator authenticator, CurrentUser current, PrivacyRequests privacy) {
        this.authenticator = authenticator;
        this.current = current;
        this.privacy = privacy;
    }

    @Override
    public String name() {
        return "privacy";
    }

    @Override
    public String summary() {
        return Messages.privacy_summary;
    }

    @Override
    public String usage() {
        return Messages.privacy_usage;
    }

    @Override
    public List<Verb> verbs() {
        CommandLineSession session = new CommandLineSession(authenticator, current);
        return List.of(Verb.named("export").usage(Messages.privacy_usage).parameter("REF").option("--out").action(session.signedIn((context, arguments) -> {
            String reference = arguments.parameter(0);
            Optional<String> out = arguments.value("--out");
            if (out.isPresent()) {
                requireFolder(Path.of(out.get()));
            }
            Summary summary;
            try {
                summary = out.isPresent() ? writeToFile(reference, Path.of(out.get())) : writeToOut(context, reference);
            } catch (IOException e) {
                throw new CliException(e.getMessage(), FAILED, e);
            }
            context.err().println(NLS.bind(Messages.privacy_exported, new Object[] { summary.subject(), summary.objects(), summary.personalValues() }));
            return OK;
        })).build(), Verb.named("erase").usage(Messages.privacy_usage).parameter("REF").flag("--yes").action((context, arguments) -> {
            String reference = arguments.parameter(0);
            if (!arguments.has("--yes")) {
                context.err().println(NLS.bind(Messages.privacy_confirm, reference));
                return USAGE;
            }
            return session.signedIn((c, a) -> {
                Summary summary = privacy.erase(reference);
                c.out().println(NLS.bind(Messages.privacy_erased, new Object[] { summary.subject(), summary.objects(), summary.personalValues() }));
                return OK;
            }).run(context, arguments);
        }).build());
    }

    /** A file in a folder that does not exist is named with what is missing, before anything is read. */
    private static void requireFolder(Path file) throws CliException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new CliException(NLS.bind(Messages.privacy_out_no_folder, file, folder), FAILED);
        }
    }

    private Summary writeToOut(CliContext context, String reference) throws IOException {
        Writer out = new OutputStreamWriter(context.out(), StandardCharsets.UTF_8);
        Summary summary = privacy.export(reference, new java.io.FilterWriter(out) {
            @Override
            public void close() throws IOException {
                flush(); // the command's standard output stays open
            }
        });
        context.out().println();
        return summary;
    }

    private Summary writeToFile(String reference, Path file) throws IOException {
        if (Files.isDirectory(file)) {
            // refused before the export is written and audited
            throw new IOException(NLS.bind(Messages.privacy_out_folder, file.toAbsolutePath()));
        }
        return PrivateFiles.writeWhole(file, out -> privacy.export(reference, out));
    }
}
