package dev.vigil.server.security;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Gives Tomcat's own error pages the security headers ({@link ContainerErrorReport}). Ordered last so that
 * it runs after Spring Boot's customizer, which adds a plain error report valve this one replaces.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> ContainerErrorReport.install(context.getParent()));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
