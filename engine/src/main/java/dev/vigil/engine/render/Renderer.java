package dev.vigil.engine.render;

import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the HTML documents from the templates under {@code templates/} on the class path, in Thymeleaf's
 * HTML mode: {@code th:text} escapes every value, so model text (user input) never becomes markup. The
 * shared fragments (page shell, tables, stylesheet with its print rules) live in {@code templates/layout/}.
 * Thymeleaf core needs no Spring, so the server can resolve the same templates.
 */
public final class Renderer {

    /** Template engines are thread-safe and cache parsed templates, so one serves every caller. */
    private static final TemplateEngine ENGINE = engine();

    private Renderer() {}

    /**
     * Renders {@code template}, a path under {@code templates/} without {@code .html} (for example {@code
     * "report/report"}), with the given variables.
     */
    public static String render(String template, Map<String, ?> variables) {
        Context context = new Context(Locale.ROOT);
        variables.forEach(context::setVariable);
        return ENGINE.process(template, context);
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Renderer.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        // A missing template is a programming error; say so instead of rendering nothing.
        resolver.setCheckExistence(true);
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(new PathExpressions());
        TemplateEngine engine = new TemplateEngine();
        engine.setDialect(dialect);
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
