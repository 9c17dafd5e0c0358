package dev.vigil.engine.diagram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.sourceforge.plantuml.BlockUml;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.error.PSystemError;

/**
 * Renders PlantUML text to SVG in-process. PlantUML does not fail on bad input: it draws the error as a
 * picture ("Syntax Error?"). Such a picture in a submission would look like a diagram, so it is turned
 * into an exception here.
 */
final class SvgRenderer {

    /** A backstop only: the views keep their size bounded, so a normal view takes seconds at most. */
    static final long TIMEOUT_SECONDS = 120;

    private static final ExecutorService WORKER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "vigil-diagram-render");
        t.setDaemon(true);
        return t;
    });

    private SvgRenderer() {}

    static String render(String name, String source) {
        return new String(render(name, source, FileFormat.SVG), StandardCharsets.UTF_8);
    }

    /**
     * The view as a PNG image drawn {@code scale} times its natural size, for documents whose renderer
     * takes no SVG (the PDF documents): at scale 1 it is 72 dpi and soft in print.
     */
    static byte[] renderPng(String name, String source, int scale) {
        // FileFormatOption.withScale does not reach the PNG writer; the diagram's own scale command does.
        String scaled = source.replaceFirst("(@startuml[^\\n]*\\n)", "$1scale " + scale + "\n");
        if (scaled.equals(source)) {
            throw new DiagramRenderException("diagram '" + name + "': no @startuml line to scale");
        }
        return render(name, scaled, new FileFormatOption(FileFormat.PNG));
    }

    private static byte[] render(String name, String source, FileFormat format) {
        return render(name, source, new FileFormatOption(format));
    }

    private static byte[] render(String name, String source, FileFormatOption format) {
        Future<byte[]> job = WORKER.submit(() -> draw(name, source, format));
        try {
            return job.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new DiagramRenderException(
                    "diagram '" + name + "' took longer than " + TIMEOUT_SECONDS + " s to render", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiagramRenderException("diagram '" + name + "': rendering was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DiagramRenderException d) {
                throw d;
            }
            throw new DiagramRenderException("diagram '" + name + "' failed to render: " + cause, cause);
        }
    }

    private static byte[] draw(String name, String source, FileFormatOption format) throws IOException {
        SourceStringReader reader = new SourceStringReader(source);
        List<BlockUml> blocks = reader.getBlocks();
        if (blocks.size() != 1) {
            throw new DiagramRenderException(
                    "diagram '" + name + "': expected one PlantUML block, found " + blocks.size());
        }
        if (blocks.get(0).getDiagram() instanceof PSystemError error) {
            throw new DiagramRenderException("diagram '" + name + "': PlantUML rejected line "
                    + (error.getLineLocation() == null
                            ? "?"
                            : error.getLineLocation().getPosition() + 1) + ": "
                    + error.getWarningOrError());
        }
        ByteArrayOutputStream image = new ByteArrayOutputStream();
        reader.outputImage(image, format);
        return image.toByteArray();
    }
}
