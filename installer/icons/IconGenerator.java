import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the Permit Guide icon (a permit booklet with a check mark on a rounded teal tile) as vector shapes,
 * so every size is crisp, and writes the PNG sizes, a Windows .ico and a macOS .icns from the same drawing.
 * Needs nothing but a JDK: {@code java installer/icons/IconGenerator.java} from the project root.
 * Run it again after changing the drawing and commit the results; the build only copies them.
 */
public final class IconGenerator {
    private static final int[] PNG_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};
    private static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "installer/icons");
        Path classpathIcons = Path.of(args.length > 1 ? args[1] : "resources/icons");
        Files.createDirectories(out);
        Files.createDirectories(classpathIcons);
        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        for (int size : PNG_SIZES) {
            pngs.put(size, png(draw(size)));
            Files.write(out.resolve("permit-guide-" + size + ".png"), pngs.get(size));
        }
        Files.write(classpathIcons.resolve("app-64.png"), pngs.get(64));
        Files.write(out.resolve("permit-guide.ico"), ico(pngs));
        Files.write(out.resolve("permit-guide.icns"), icns(pngs));
    }

    /** The drawing, in a 100 x 100 design space scaled to the requested size. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size / 100.0, size / 100.0);

        // Tile: teal, lighter at the top. Small sizes get less margin so the shape stays legible.
        double margin = size <= 24 ? 1 : 4;
        g.setPaint(new GradientPaint(0, 0, new Color(0x1F9E8F), 0, 100, new Color(0x0E5E66)));
        g.fill(new RoundRectangle2D.Double(margin, margin, 100 - 2 * margin, 100 - 2 * margin, 22, 22));

        // Booklet: a deep red cover with a lighter spine, slightly left of centre.
        g.setColor(new Color(0x9E1B22));
        g.fill(new RoundRectangle2D.Double(24, 17, 46, 64, 7, 7));
        g.setColor(new Color(0xC62F36));
        g.fill(new RoundRectangle2D.Double(28, 17, 42, 64, 7, 7));
        if (size >= 32) {
            // Emblem ring and title lines; they would only blur at the smallest sizes.
            g.setColor(new Color(0xF2C14E));
            g.setStroke(new BasicStroke(3f));
            g.draw(new Ellipse2D.Double(40, 29, 18, 18));
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.drawLine(39, 56, 59, 56);
            g.drawLine(43, 63, 55, 63);
        }

        // Check badge: white disc with a green check, overlapping the booklet's lower right corner.
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(56, 55, 32, 32));
        g.setColor(new Color(0x2E9E44));
        g.setStroke(new BasicStroke(size <= 24 ? 7f : 5.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D check = new Path2D.Double();
        check.moveTo(64, 71);
        check.lineTo(70.5, 77.5);
        check.lineTo(80.5, 64);
        g.draw(check);
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** ICO with PNG-compressed entries (Windows Vista and later read them). Little-endian. */
    static byte[] ico(Map<Integer, byte[]> pngs) {
        int count = ICO_SIZES.length;
        int offset = 6 + 16 * count;
        int total = offset;
        for (int size : ICO_SIZES) {
            total += pngs.get(size).length;
        }
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort((short) 0).putShort((short) 1).putShort((short) count);
        for (int size : ICO_SIZES) {
            byte[] png = pngs.get(size);
            buffer.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            buffer.put((byte) 0).put((byte) 0);
            buffer.putShort((short) 1).putShort((short) 32);
            buffer.putInt(png.length).putInt(offset);
            offset += png.length;
        }
        for (int size : ICO_SIZES) {
            buffer.put(pngs.get(size));
        }
        return buffer.array();
    }

    /** ICNS with PNG entries: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512. Big-endian. */
    static byte[] icns(Map<Integer, byte[]> pngs) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(body);
        for (Map.Entry<String, Integer> type : types.entrySet()) {
            byte[] png = pngs.get(type.getValue());
            data.writeBytes(type.getKey());
            data.writeInt(8 + png.length);
            data.write(png);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + body.size());
        header.write(body.toByteArray());
        return file.toByteArray();
    }
}
