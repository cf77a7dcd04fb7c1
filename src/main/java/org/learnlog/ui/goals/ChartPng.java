package org.learnlog.ui.goals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.chart.Chart;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.learnlog.ui.Windows;

/** A chart as a PNG: drawn off screen at a fixed size on the FX thread, encoded in the background. */
final class ChartPng {
    static final int WIDTH = 900;
    static final int HEIGHT = 480;

    private ChartPng() {
    }

    /** Lays out and draws {@code chart} in a scene of its own with the app's style sheet; FX thread only. */
    static WritableImage draw(Chart chart, Windows windows) {
        windows.scene(chart, WIDTH, HEIGHT);
        chart.applyCss();
        chart.layout();
        return chart.snapshot(null, null);
    }

    /** The image as PNG bytes; safe off the FX thread. */
    static byte[] encode(WritableImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("Can't encode the chart as PNG", e);
        }
        return png.toByteArray();
    }
}
