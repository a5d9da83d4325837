package org.rapport.security.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.CliException;
import org.rapport.persistence.api.StoreException;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.AuthenticationException;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.CommandLineSignIn;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.PrivacyRequests;
import org.rapport.security.api.PrivacyRequests.Summary;

/**
 * {@code rapport-ctl privacy export REF [--out FILE]} and {@code privacy erase REF --yes}: a data
 * subject's personal-data requests, for a user who signs in as for {@code user}. An export to a
 * file is written next to it and moved into place when complete, so no half file is left.
 */
@Component(service = CliCommand.class)
public class PrivacyCommand implements CliCommand {

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
    public int run(CliContext context, List<String> arguments) throws CliException {
        boolean export = arguments.size() >= 2 && arguments.get(0).equals("export")
                && (arguments.size() == 2 || arguments.size() == 4 && arguments.get(2).equals("--out"));
        boolean erase = arguments.size() >= 2 && arguments.size() <= 3 && arguments.get(0).equals("erase")
                && (arguments.size() == 2 || arguments.get(2).equals("--yes"));
        if (!export && !erase) {
            context.err().println(usage());
            return USAGE;
        }
        String reference = arguments.get(1);
        if (erase && arguments.size() == 2) {
            context.err().println(NLS.bind(Messages.privacy_confirm, reference));
            return USAGE;
        }
        try {
            CommandLineSignIn.signIn(context, authenticator);
            if (erase) {
                Summary summary = privacy.erase(reference);
                context.out().println(NLS.bind(Messages.privacy_erased, new Object[] { summary.subject(), summary.objects(), summary.personalValues() }));
                return OK;
            }
            Summary summary = arguments.size() == 4 ? exportToFile(reference, Path.of(arguments.get(3))) : exportToOut(context, reference);
            context.err().println(NLS.bind(Messages.privacy_exported, new Object[] { summary.subject(), summary.objects(), summary.personalValues() }));
            return OK;
        } catch (AuthenticationException | AccessDeniedException | IllegalArgumentException | StoreException e) {
            throw new CliException(e.getMessage(), FAILED, e);
        } catch (IOException e) {
            throw new CliException(e.getMessage(), FAILED, e);
        } finally {
            current.signOut();
        }
    }

    private Summary exportToOut(CliContext context, String reference) throws IOException {
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

    private Summary exportToFile(String reference, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            Summary summary = privacy.export(reference, out);
            out.close();
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
