package org.tutela.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tutela.school.Permission;
import org.tutela.school.Viewer;

@Controller
class HomeController {

    @GetMapping("/")
    String home(Viewer viewer, Model model) {
        model.addAttribute("viewer", viewer);
        model.addAttribute("roles", viewer.allRoles());
        model.addAttribute("parts", AttentionByRole.forRoles(viewer.allRoles()));
        var school = viewer.school();
        model.addAttribute("mayManagePeople", school != null && viewer.may(Permission.VIEW_PEOPLE, school));
        model.addAttribute("mayReadAudit", school != null && viewer.may(Permission.READ_AUDIT_TRAIL, school));
        model.addAttribute("mayViewFiltering", school != null && viewer.may(Permission.VIEW_FILTERING, school));
        model.addAttribute("school", school);
        return "home/home";
    }
}
