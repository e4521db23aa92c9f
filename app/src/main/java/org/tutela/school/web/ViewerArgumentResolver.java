package org.tutela.school.web;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.tutela.school.People;
import org.tutela.school.SignedInPerson;
import org.tutela.school.Viewer;

/** Gives controllers the signed-in {@link Viewer}, read fresh for each request so role changes apply at once. */
@Component
class ViewerArgumentResolver implements HandlerMethodArgumentResolver {

    private static final String ATTRIBUTE = Viewer.class.getName();

    private final People people;

    ViewerArgumentResolver(People people) {
        this.people = people;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Viewer.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binders) {
        var cached = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (cached instanceof Viewer viewer) {
            return viewer;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInPerson signedIn)) {
            throw new InsufficientAuthenticationException("sign in first");
        }
        var viewer = people.viewer(signedIn.person())
                .orElseThrow(() -> new InsufficientAuthenticationException("this person can no longer sign in"));
        request.setAttribute(ATTRIBUTE, viewer, RequestAttributes.SCOPE_REQUEST);
        return viewer;
    }
}
