package id.aduan.admin.security;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Every {@code /api/**} call needs an account (HTTP Basic or a bearer token, no session, no CSRF since no cookie
 * authenticates); account management, the audit log, deletion requests, taxonomy edits, revealing a reporter and
 * retraining are for admins. The
 * local chat, the OpenAPI description and the health check stay public.
 */
@Configuration
public class ApiSecurity {

    static final String ADMIN = "ADMIN";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokens tokens, UserDetailsService users)
            throws Exception {
        SecurityProblems problems = new SecurityProblems();
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new BearerTokenFilter(tokens, users, problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        // ASYNC: the dispatch that completes a streamed answer (the CSV export) of a request
                        // already authorised; a stateless bearer login is not carried into it.
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD, DispatcherType.ASYNC)
                        .permitAll()
                        .requestMatchers("/api/accounts", "/api/accounts/**", "/api/audit", "/api/audit/**",
                                "/api/deletion-requests", "/api/deletion-requests/**")
                        .hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/complaints/*/reporter", "/api/classifier/retrain",
                                "/api/templates", "/api/templates/*/retire")
                        .hasRole(ADMIN)
                        // The taxonomy: everyone signed in reads it, admins change it.
                        .requestMatchers(HttpMethod.GET, "/api/taxonomy/**").authenticated()
                        .requestMatchers("/api/taxonomy", "/api/taxonomy/**").hasRole(ADMIN)
                        .requestMatchers("/api", "/api/**").authenticated()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator", "/actuator/**").hasRole(ADMIN)
                        // The local chat page and its endpoints, static files, /v3/api-docs and Swagger UI.
                        .anyRequest().permitAll());
        return http.build();
    }
}
