package id.aduan.admin.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * For {@code @WebMvcTest} classes of the admin API: the real security rules (not Boot's default ones, which want a
 * CSRF token and a form login), with the stores behind them mocked, and requests made as an admin unless a test
 * method says otherwise ({@code @WithMockUser(roles = "OFFICER")}, {@code @WithAnonymousUser}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(ApiSecurity.class)
@MockitoBean(types = {ApiTokens.class, UserDetailsService.class})
@WithMockUser(username = "admin", roles = "ADMIN")
public @interface WithApiSecurity {
}
