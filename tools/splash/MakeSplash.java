import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws Rapport's start-up splash, with no words in it (they would need both languages):
 * splash.png, the picture the workbench's own splash window shows above its progress line
 * (bundles/org.rapport.app/icons/), and splash.gif, the same picture with a running bar, which
 * the JVM shows from its first moment, before any Rapport code runs (-splash in the start script;
 * features/org.rapport.core.feature/rootfiles/common/, for every platform).
 *
 *   java -Djava.awt.headless=true tools/splash/MakeSplash.java OUTPUT_FOLDER
 */
public class MakeSplash {

    static final int WIDTH = 480;
    static final int HEIGHT = 260;
    static final int BAR_Y = 222;
    static final int FRAMES = 24;

    public static void main(String[] args) throws IOException {
        File out = new File(args.length > 0 ? args[0] : ".");
        ImageIO.write(picture(), "png", new File(out, "splash.png"));
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(new File(out, "splash.gif"))) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (int frame = 0; frame < FRAMES; frame++) {
                BufferedImage image = picture();
                Graphics2D g = image.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setColor(new Color(0xd8, 0xe2, 0xee));
                g.fillRoundRect(40, BAR_Y, WIDTH - 80, 6, 6, 6);
                int run = 90;
                int x = 40 + (WIDTH - 80 + run) * frame / FRAMES - run;
                g.setClip(40, BAR_Y, WIDTH - 80, 6);
                g.setColor(new Color(0x1f, 0x5f, 0x9e));
                g.fillRoundRect(x, BAR_Y, run, 6, 6, 6);
                g.dispose();
                writer.writeToSequence(new IIOImage(image, null, frameMetadata(writer, image, frame == 0)), null);
            }
            writer.endWriteSequence();
        }
    }

    /** The product's name and what it is, on a light card with a thin frame. */
    static BufferedImage picture() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0xf7, 0xf9, 0xfc), 0, HEIGHT, new Color(0xe6, 0xed, 0xf5)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0x1f, 0x5f, 0x9e));
        g.fillRect(0, 0, WIDTH, 8);
        g.setStroke(new BasicStroke(1));
        g.setColor(new Color(0xa8, 0xb8, 0xcc));
        g.drawRect(0, 0, WIDTH - 1, HEIGHT - 1);
        g.setColor(new Color(0x1f, 0x5f, 0x9e));
        g.fillOval(40, 62, 56, 56);
        g.setColor(Color.WHITE);
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 34));
        g.drawString("R", 56, 103);
        g.setColor(new Color(0x1b, 0x2a, 0x3a));
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 40));
        g.drawString("Rapport", 112, 104);
        g.dispose();
        return image;
    }

    private static IIOMetadata frameMetadata(ImageWriter writer, BufferedImage image, boolean first) throws IOException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        String format = metadata.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", "6"); // hundredths of a second
        control.setAttribute("transparentColorIndex", "0");
        root.appendChild(control);
        if (first) {
            IIOMetadataNode extensions = new IIOMetadataNode("ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] { 1, 0, 0 }); // repeat for ever
            extensions.appendChild(loop);
            root.appendChild(extensions);
        }
        metadata.setFromTree(format, root);
        return metadata;
    }
}
