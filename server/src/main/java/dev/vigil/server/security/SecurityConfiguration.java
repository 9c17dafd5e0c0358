package dev.vigil.server.security;

import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Deny by default. Two chains: the API ({@code /api/**}) is stateless, signed in by a bearer session or
 * API key and answers 401/403 as problem details; the browser side signs in with a form, keeps a
 * cookie session and needs a CSRF token on every change. Only the paths listed here are public; they
 * reveal nothing about the devices this instance holds.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Only our own scripts and styles: a stored model is user input and must never become a script. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Tokens tokens) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/session")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                // No cookies on the API, so no cross-site request can ride on one: CSRF does not apply.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) ->
                                problem(response, HttpStatus.UNAUTHORIZED, "sign in: Authorization: Bearer TOKEN"))
                        .accessDeniedHandler(
                                (request, response, ex) -> problem(response, HttpStatus.FORBIDDEN, ex.getMessage())))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browser(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                HttpMethod.GET,
                                "/",
                                "/status",
                                "/actuator/health",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico",
                                // The CSAF provider directory: published advisories, public by design.
                                "/.well-known/csaf/**")
                        .permitAll()
                        // Boot renders errors of public pages here; it shows no stack traces or messages.
                        .requestMatchers("/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                // Spring's generated login page at /login: its stylesheet is external, so it fits our CSP.
                // After sign-in, a relative redirect to the saved page, never one built from Host.
                .formLogin(form -> form.successHandler(new SignInRedirect("/products")))
                // A default entry point rather than a fixed one: a fixed one would switch off Spring's
                // generated login page and its stylesheet.
                .exceptionHandling(exceptions ->
                        exceptions.defaultAuthenticationEntryPointFor(loginEntryPoint(), AnyRequestMatcher.INSTANCE))
                .headers(SecurityConfiguration::headers)
                .logout(Customizer.withDefaults());
        return http.build();
    }

    /**
     * The headers of every response, error pages included (the error dispatch runs through this chain):
     * the CSP, no framing, no MIME sniffing, and no page address leaking to other sites in a Referer.
     */
    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }

    /**
     * The redirect to the sign-in form is relative ({@code Location: /login}): an absolute one is built
     * from the request's {@code Host} header, which a client chooses (host header injection).
     */
    private static LoginUrlAuthenticationEntryPoint loginEntryPoint() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    @Bean
    AuthenticationManager authenticationManager(Credentials credentials) {
        return new ProviderManager(new StoredCredentialsProvider(credentials));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static void problem(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        String escaped = detail == null ? "" : detail.replace("\\", "\\\\").replace("\"", "\\\"");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + status.value() + ",\"detail\":\"" + escaped + "\"}");
    }
}
