package dev.vigil.server.security;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Deny by default: every request needs a signed-in user except the few paths listed here, which
 * reveal nothing about the devices and models this instance holds.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /** Only our own scripts and styles: a stored model is user input and must never become a script. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Programs calling the API get a 401 they can act on, not the HTML of a login form. */
    private static final RequestMatcher API =
            PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                HttpMethod.GET,
                                "/",
                                "/status",
                                "/actuator/health",
                                "/webjars/**",
                                "/css/**",
                                "/favicon.ico")
                        .permitAll()
                        // Boot renders errors of public pages here; it shows no stack traces or messages.
                        .requestMatchers("/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                // Spring's generated login page at /login: its stylesheet is external, so it fits our CSP.
                .formLogin(Customizer.withDefaults())
                .exceptionHandling(exceptions -> exceptions
                        // Default entry points rather than one fixed one: a fixed one would switch off
                        // Spring's generated login page.
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), API)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), new NegatedRequestMatcher(API)))
                .headers(
                        headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(
            @Value("${vigil.admin.username:admin}") String username,
            @Value("${vigil.admin.password:}") String password,
            PasswordEncoder encoder) {
        AdminAccount admin = AdminAccount.of(username, password, new SecureRandom());
        if (admin.generated()) {
            // Logged once per start, like Boot's own generated password: the only way to the first login.
            log.warn(
                    "No VIGIL_ADMIN_PASSWORD set: generated the password for user '{}' for this run only: {}",
                    admin.username(),
                    admin.password());
        }
        return new InMemoryUserDetailsManager(User.withUsername(admin.username())
                .password(encoder.encode(admin.password()))
                .roles("ADMIN")
                .build());
    }
}
