package org.tutela.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tutela.school.People;
import org.tutela.school.PersonId;

/**
 * Signs an API request in from its {@code Authorization: Bearer tut_...} header. Only the API's filter chain has
 * this filter, so a token opens no HTML page. A missing or unusable token leaves the request anonymous, and the
 * chain answers 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String API_TOKEN = "API_TOKEN";
    private static final String BEARER = "Bearer ";

    private final PersonalAccessTokens tokens;
    private final People people;

    BearerTokenFilter(PersonalAccessTokens tokens, People people) {
        this.tokens = tokens;
        this.people = people;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            tokens.holderOf(header.substring(BEARER.length()).trim())
                    .flatMap(holder -> people.viewer(new PersonId(holder.personId()))
                            .map(viewer -> new ApiCaller(holder.tokenId(), holder.accountId(), holder.personId(),
                                    viewer.displayName(), viewer.school() == null ? null : viewer.school().value())))
                    .ifPresent(caller -> {
                        var context = SecurityContextHolder.createEmptyContext();
                        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null,
                                List.of(new SimpleGrantedAuthority(API_TOKEN))));
                        SecurityContextHolder.setContext(context);
                    });
        }
        chain.doFilter(request, response);
    }
}
