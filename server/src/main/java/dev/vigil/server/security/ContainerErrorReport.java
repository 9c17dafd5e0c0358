package dev.vigil.server.security;

import java.util.Map;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * The error page Tomcat writes itself, for a request it cannot parse (a bad request line or header, an
 * undecodable or non-normalised path, an unsupported HTTP version) or an error no servlet answered. Such a
 * request never reaches Spring Security's filters, so this page gets the same security headers here;
 * headers a filter already set are left as they are. It shows no report and no server version.
 */
final class ContainerErrorReport extends ErrorReportValve {

    /** What {@link SecurityConfiguration} sets through Spring Security on every other response. */
    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "same-origin");

    ContainerErrorReport() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (!response.isCommitted()) {
            HEADERS.forEach((name, value) -> {
                if (response.getHeader(name) == null) {
                    response.setHeader(name, value);
                }
            });
        }
        super.report(request, response, throwable);
    }

    /**
     * Puts this report in place of any plain {@link ErrorReportValve} on {@code host} (Spring Boot adds one),
     * and names it as the host's error report class so Tomcat does not add its own when the host starts.
     */
    static void install(Container host) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof ContainerErrorReport)) {
                host.getPipeline().removeValve(valve);
            }
        }
        if (host instanceof StandardHost standard) {
            standard.setErrorReportValveClass(ContainerErrorReport.class.getName());
        }
        boolean present = false;
        for (Valve valve : host.getPipeline().getValves()) {
            present |= valve instanceof ContainerErrorReport;
        }
        if (!present) {
            host.getPipeline().addValve(new ContainerErrorReport());
        }
    }
}
