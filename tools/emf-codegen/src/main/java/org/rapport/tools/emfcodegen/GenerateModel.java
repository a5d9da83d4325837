package org.rapport.tools.emfcodegen;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the EMF model code (model project only: no edit, editor or tests code) of one or more
 * {@code .genmodel} files, headless: no Eclipse workspace, no OSGi, only the jars of Maven Central.
 * <p>
 * How it stands in for the workspace:
 * <ul>
 * <li>the genmodel's bundle is the nearest folder above it with a {@code META-INF/MANIFEST.MF}; it and every
 * sibling bundle folder are entered in {@link EcorePlugin#getPlatformResourceMap()} under their
 * {@code Bundle-SymbolicName}, so {@code platform:/resource/<bundle>/...} (the genmodel's
 * {@code modelDirectory}, {@code foreignModel}, cross-bundle genmodel references) resolves to real folders;</li>
 * <li>{@code platform:/plugin/org.eclipse.emf.ecore/} maps to the Ecore jar on the class path, for the usual
 * {@code usedGenPackages="platform:/plugin/org.eclipse.emf.ecore/model/Ecore.genmodel#//ecore"};</li>
 * <li>the generator adapter factory that {@code plugin.xml} registers under Eclipse is registered by hand;</li>
 * <li>the JET templates are the precompiled ones in the codegen jar (the genmodel must not ask for
 * {@code dynamicTemplates}).</li>
 * </ul>
 * As in Eclipse, {@link GenModel#reconcile()} runs first: entries for Ecore elements that the genmodel does not list
 * yet are added in memory with default settings (the .genmodel file itself is never rewritten), and entries for
 * elements gone from the .ecore are dropped.
 * The genmodel is generated each {@link GenPackage} at a time, so only the Java code of the packages is written:
 * the bundle's MANIFEST.MF, plugin.xml, build.properties and plugin.properties stay hand-written. Existing files
 * are merged with JMerge as EMF always does ({@code @generated NOT} members survive; {@code @generated} members
 * the model no longer has are removed), but the file of a class removed from the model is not deleted: delete the
 * modelDirectory first for a clean slate. Line ends are forced to
 * {@code \n} for new files so the output is the same on every machine.
 * <p>
 * Usage: {@code GenerateModel [-v] file.genmodel...}; exit status 0 on success, 1 on any error.
 */
public final class GenerateModel {

    private static final String MANIFEST = "META-INF/MANIFEST.MF";

    private final boolean verbose;

    private GenerateModel(boolean verbose) {
        this.verbose = verbose;
        // what org.eclipse.emf.codegen.ecore's plugin.xml (extension point generatorAdapters) registers under Eclipse
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
    }

    public static void main(String[] args) {
        boolean verbose = false;
        List<Path> genModels = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-v") || arg.equals("--verbose")) {
                verbose = true;
            } else if (arg.equals("-h") || arg.equals("--help")) {
                usage();
                return;
            } else if (arg.startsWith("-")) {
                System.err.println("emf-codegen: unknown option " + arg);
                usage();
                System.exit(1);
            } else {
                genModels.add(Path.of(arg));
            }
        }
        if (genModels.isEmpty()) {
            usage();
            System.exit(1);
        }
        // new files get the platform line separator; make it the same everywhere
        System.setProperty("line.separator", "\n");
        GenerateModel tool = new GenerateModel(verbose);
        boolean ok = true;
        for (Path genModel : genModels) {
            try {
                ok &= tool.generate(genModel);
            } catch (Exception e) {
                System.err.println("emf-codegen: " + genModel + ": " + e);
                if (verbose) {
                    e.printStackTrace();
                }
                ok = false;
            }
        }
        System.exit(ok ? 0 : 1);
    }

    private static void usage() {
        System.err.println("usage: GenerateModel [-v] path/to/model.genmodel...");
        System.err.println("  generates the model code into the genmodel's modelDirectory, relative to its bundle folder");
    }

    private boolean generate(Path genModelPath) throws IOException {
        Path genModelFile = genModelPath.toAbsolutePath().normalize();
        if (!Files.isRegularFile(genModelFile)) {
            throw new IOException("no such file: " + genModelFile);
        }
        Path bundleDir = bundleFolderOf(genModelFile);
        String bundleName = symbolicName(bundleDir);
        mapPlatformResources(bundleDir);
        mapEcorePlugin();

        ResourceSet resourceSet = new ResourceSetImpl();
        // as registered by the EMF plugins under Eclipse: .ecore and .genmodel with the Ecore factory, the rest XMI
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
                new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

        // load through platform:/resource so that relative references and modelDirectory agree
        String relative = bundleDir.relativize(genModelFile).toString().replace('\\', '/');
        URI genModelURI = URI.createPlatformResourceURI(bundleName + "/" + relative, true);
        Resource resource = resourceSet.getResource(genModelURI, true);
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof GenModel genModel)) {
            throw new IOException(genModelFile + " holds no GenModel");
        }
        EcoreUtil.resolveAll(resourceSet);
        if (!reportResourceErrors(resourceSet)) {
            return false;
        }
        if (genModel.isDynamicTemplates()) {
            System.err.println("emf-codegen: " + genModelFile + ": dynamicTemplates needs JET compilation in Eclipse; turn it off");
            return false;
        }

        genModel.reconcile();
        genModel.setCanGenerate(true);
        genModel.setUpdateClasspath(false);
        if (!check(genModel, genModelFile)) {
            return false;
        }

        Path modelDirectory = toFile(URI.createPlatformResourceURI(genModel.getModelDirectory(), true), genModelFile);
        System.out.println("emf-codegen: " + bundleDir.getParent().relativize(genModelFile) + " -> " + modelDirectory);

        Generator generator = new Generator();
        generator.setInput(genModel);
        boolean ok = true;
        for (GenPackage genPackage : genModel.getGenPackages()) {
            BasicMonitor monitor = verbose ? new BasicMonitor.Printing(System.out) : new BasicMonitor();
            Diagnostic diagnostic = generator.generate(genPackage, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, monitor);
            ok &= report(diagnostic, genPackage.getPackageName());
        }
        return ok;
    }

    /** The folder with META-INF/MANIFEST.MF nearest above the genmodel. */
    private static Path bundleFolderOf(Path file) throws IOException {
        for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(MANIFEST))) {
                return dir;
            }
        }
        throw new IOException("no bundle folder (with " + MANIFEST + ") above " + file);
    }

    private static String symbolicName(Path bundleDir) throws IOException {
        try (InputStream in = Files.newInputStream(bundleDir.resolve(MANIFEST))) {
            String name = new Manifest(in).getMainAttributes().getValue("Bundle-SymbolicName");
            return name == null ? bundleDir.getFileName().toString() : name.split(";")[0].trim();
        }
    }

    /** platform:/resource/NAME/ for the genmodel's bundle and its sibling bundles. */
    private static void mapPlatformResources(Path bundleDir) throws IOException {
        List<Path> bundles = new ArrayList<>();
        Path parent = bundleDir.getParent();
        if (parent != null) {
            try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent)) {
                for (Path sibling : siblings) {
                    if (!sibling.equals(bundleDir) && Files.isRegularFile(sibling.resolve(MANIFEST))) {
                        bundles.add(sibling);
                    }
                }
            }
        }
        bundles.add(bundleDir); // last: it wins over a sibling with the same name
        for (Path bundle : bundles) {
            URI location = URI.createFileURI(bundle.toString()).appendSegment("");
            EcorePlugin.getPlatformResourceMap().put(symbolicName(bundle), location);
        }
    }

    /** platform:/plugin/org.eclipse.emf.ecore/ to the Ecore jar (Ecore.genmodel, XMLType.genmodel live there). */
    private static void mapEcorePlugin() throws IOException {
        CodeSource source = EcorePackage.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return;
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            URI root = Files.isDirectory(location)
                    ? URI.createFileURI(location.toString()).appendSegment("")
                    : URI.createURI("archive:" + URI.createFileURI(location.toString()) + "!/");
            URIConverter.URI_MAP.put(URI.createPlatformPluginURI("org.eclipse.emf.ecore/", false), root);
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static boolean reportResourceErrors(ResourceSet resourceSet) {
        boolean ok = true;
        for (Resource r : resourceSet.getResources()) {
            for (Resource.Diagnostic error : r.getErrors()) {
                System.err.println("emf-codegen: " + r.getURI() + ": " + error.getMessage());
                ok = false;
            }
        }
        return ok;
    }

    /** Validates the genmodel and its Ecore packages, as the Eclipse generate action does. */
    private static boolean check(GenModel genModel, Path genModelFile) {
        boolean ok = report(genModel.diagnose(), genModelFile.getFileName().toString());
        for (GenPackage genPackage : genModel.getGenPackages()) {
            EPackage ePackage = genPackage.getEcorePackage();
            if (ePackage == null || ePackage.eIsProxy()) {
                System.err.println("emf-codegen: " + genModelFile + ": unresolved Ecore package " + genPackage);
                ok = false;
            } else {
                ok &= report(Diagnostician.INSTANCE.validate(ePackage), ePackage.getName() + ".ecore");
            }
        }
        return ok;
    }

    /** Prints warnings and errors; false if there is an error. */
    private static boolean report(Diagnostic diagnostic, String what) {
        if (diagnostic.getSeverity() == Diagnostic.OK) {
            return true;
        }
        print(diagnostic, what, "");
        return diagnostic.getSeverity() < Diagnostic.ERROR;
    }

    private static void print(Diagnostic diagnostic, String what, String indent) {
        if (diagnostic.getSeverity() != Diagnostic.OK && diagnostic.getMessage() != null) {
            String level = diagnostic.getSeverity() >= Diagnostic.ERROR ? "error" : diagnostic.getSeverity() == Diagnostic.WARNING ? "warning" : "info";
            System.err.println("emf-codegen: " + indent + what + ": " + level + ": " + diagnostic.getMessage());
            if (diagnostic.getException() != null) {
                diagnostic.getException().printStackTrace();
            }
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            print(child, what, indent + "  ");
        }
    }

    private static Path toFile(URI platformResourceURI, Path context) throws IOException {
        URI resolved = EcorePlugin.resolvePlatformResourcePath(platformResourceURI.toPlatformString(true));
        if (resolved == null || !resolved.isFile()) {
            throw new IOException(context + ": modelDirectory " + platformResourceURI
                    + " is not in a bundle folder next to the genmodel's");
        }
        return Path.of(resolved.toFileString());
    }
}
