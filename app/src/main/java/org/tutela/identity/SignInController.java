package org.tutela.identity;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

    @GetMapping("/sign-in")
    String signIn(Authentication authentication, jakarta.servlet.http.HttpServletRequest request,
            org.springframework.ui.Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.getAuthorities().stream().anyMatch(a -> SignedInUser.SIGNED_IN.equals(a.getAuthority()))) {
            return "redirect:/";
        }
        model.addAttribute("failed", request.getParameter("error") != null);
        model.addAttribute("deactivated", request.getParameter("deactivated") != null);
        model.addAttribute("expired", request.getParameter("expired") != null);
        model.addAttribute("signedOut", request.getParameter("signed-out") != null);
        return "identity/sign-in";
    }
}
