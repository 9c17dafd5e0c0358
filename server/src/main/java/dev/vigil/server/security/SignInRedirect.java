package dev.vigil.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * After sign-in, back to the page that asked for it, or to {@code defaultTarget}. Spring's own handler
 * redirects to the saved request's full URL, which it built from the {@code Host} header the client chose
 * ({@code Location: http://evil.example/products}); this one keeps only the path and query of that URL, so
 * the browser stays on the host it signed in to.
 */
final class SignInRedirect implements AuthenticationSuccessHandler {

    private final RequestCache requests = new HttpSessionRequestCache();
    private final String defaultTarget;

    SignInRedirect(String defaultTarget) {
        this.defaultTarget = defaultTarget;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        SavedRequest saved = requests.getRequest(request, response);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        response.sendRedirect(saved == null ? defaultTarget : relative(saved.getRedirectUrl(), defaultTarget));
    }

    /**
     * The path and query of {@code url}, starting with exactly one slash: a path such as {@code //evil.example}
     * or {@code /\evil.example} would be read by a browser as another host.
     */
    static String relative(String url, String fallback) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return fallback;
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        int start = 0;
        while (start < path.length() && (path.charAt(start) == '/' || path.charAt(start) == '\\')) {
            start++;
        }
        String query = uri.getRawQuery();
        return "/" + path.substring(start) + (query == null ? "" : "?" + query);
    }
}
