package dev.vigil.server.products;

import dev.vigil.server.api.ApiProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;

/** The parts of a release upload as named texts: the model under its file name, then every other file. */
final class Uploads {
    private Uploads() {}

    static final String DEFAULT_MODEL_NAME = "model.yaml";

    record Parts(String modelName, Map<String, String> files) {}

    static Parts of(MultipartFile model, List<MultipartFile> others) {
        return of(model, others, List.of(), List.of());
    }

    /**
     * With a folder chosen in the browser: {@code folder} parts named by {@code folderPaths}, their paths inside
     * the folder in the same order (without them, by the file name the browser sent). The model itself, when
     * the folder holds it too, is not a second file.
     */
    static Parts of(
            MultipartFile model, List<MultipartFile> others, List<MultipartFile> folder, List<String> folderPaths) {
        Parts parts = flat(model, others);
        List<MultipartFile> inFolder = folder == null ? List.of() : folder;
        List<String> paths = folderPaths == null ? List.of() : folderPaths;
        if (!paths.isEmpty() && paths.size() != inFolder.size()) {
            throw ApiProblem.badRequest(
                    inFolder.size() + " folder files but " + paths.size() + " folder paths: give one path per file");
        }
        for (int i = 0; i < inFolder.size(); i++) {
            MultipartFile file = inFolder.get(i);
            if (file.isEmpty() && blank(file.getOriginalFilename())) {
                continue;
            }
            String name = paths.isEmpty() ? name(file, null) : relative(paths.get(i));
            String text = text(file, name);
            String existing = parts.files().get(name);
            if (existing != null && !(name.equals(parts.modelName()) && existing.equals(text))) {
                throw ApiProblem.badRequest("two parts are named '" + name + "'");
            }
            parts.files().put(name, text);
        }
        return parts;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Parts flat(MultipartFile model, List<MultipartFile> others) {
        if (model == null || model.isEmpty()) {
            throw ApiProblem.badRequest("the 'model' part is missing or empty");
        }
        String modelName = name(model, DEFAULT_MODEL_NAME);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(modelName, text(model, modelName));
        for (MultipartFile file : others == null ? List.<MultipartFile>of() : others) {
            if (file.isEmpty()
                    && (file.getOriginalFilename() == null
                            || file.getOriginalFilename().isBlank())) {
                continue; // an empty file input of the browser form
            }
            String name = name(file, null);
            if (files.containsKey(name)) {
                throw ApiProblem.badRequest("two parts are named '" + name + "'");
            }
            files.put(name, text(file, name));
        }
        return new Parts(modelName, files);
    }

    /** The relative name the model uses for a file: its file name, which must stay inside the release. */
    private static String name(MultipartFile part, String fallback) {
        String name = part.getOriginalFilename();
        if (name == null || name.isBlank()) {
            if (fallback != null) {
                return fallback;
            }
            throw ApiProblem.badRequest("every 'file' part needs a file name (the path the model uses for it)");
        }
        return relative(name);
    }

    private static String relative(String name) {
        if (name == null || name.isBlank()) {
            throw ApiProblem.badRequest("a folder path is empty");
        }
        Path path = Path.of(name.replace('\\', '/')).normalize();
        if (path.isAbsolute() || path.startsWith("..") || name.length() > 500) {
            throw ApiProblem.badRequest("file name '" + name + "' must be a relative path inside the release");
        }
        return path.toString();
    }

    /** Models, SBOMs and VEX are text; anything that is not UTF-8 is refused rather than garbled. */
    private static String text(MultipartFile part, String name) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(part.getBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ApiProblem(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "Not text",
                    name + ": not UTF-8 text (models, SBOMs and VEX are)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
