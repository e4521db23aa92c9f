package org.tutela.register.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.register.DeviceRefused;
import org.tutela.register.Devices;
import org.tutela.school.People;
import org.tutela.school.Permission;
import org.tutela.school.Person;
import org.tutela.school.PersonId;
import org.tutela.school.PersonKind;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;

/** The device register: technical staff and the online safety lead keep it; others who need it read it. */
@Controller
class DevicesController {

    private final Devices devices;
    private final Schools schools;
    private final People people;

    DevicesController(Devices devices, Schools schools, People people) {
        this.devices = devices;
        this.schools = schools;
        this.people = people;
    }

    @GetMapping("/schools/{school}/devices")
    String register(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.VIEW_DEVICES, school);
        model.addAttribute("school", at);
        model.addAttribute("devices", devices.of(at.id()));
        model.addAttribute("kinds", Devices.Kind.values());
        model.addAttribute("mayManage", viewer.may(Permission.MANAGE_DEVICES, at.id()));
        var holders = new java.util.ArrayList<Person>(people.ofSchool(at.id(), PersonKind.LEARNER));
        holders.addAll(people.ofSchool(at.id(), PersonKind.STAFF));
        model.addAttribute("holders", holders.stream().filter(Person::active).toList());
        return "register/devices";
    }

    @PostMapping("/schools/{school}/devices")
    String add(@PathVariable UUID school, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "OTHER") String kind, @RequestParam(defaultValue = "") String address,
            Viewer viewer, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.MANAGE_DEVICES, school);
        try {
            devices.add(at.id(), name, parse(kind), address);
            redirect.addFlashAttribute("success", "Device added");
        } catch (DeviceRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/schools/" + school + "/devices";
    }

    @PostMapping("/schools/{school}/devices/{device}/assign")
    String assign(@PathVariable UUID school, @PathVariable UUID device, @RequestParam(defaultValue = "") String person,
            Viewer viewer, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.MANAGE_DEVICES, school);
        try {
            devices.assign(at.id(), device, person.isBlank() ? null : new PersonId(uuid(person)), viewer.person());
            redirect.addFlashAttribute("success", person.isBlank() ? "Device returned" : "Device given");
        } catch (DeviceRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/schools/" + school + "/devices";
    }

    private static Devices.Kind parse(String kind) {
        try {
            return Devices.Kind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DeviceRefused("Choose the kind of device from the list");
        }
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            throw new DeviceRefused("Choose who has the device");
        }
    }
}
