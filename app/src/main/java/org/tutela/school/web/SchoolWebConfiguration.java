package org.tutela.school.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class SchoolWebConfiguration implements WebMvcConfigurer {

    private final ViewerArgumentResolver viewers;

    SchoolWebConfiguration(ViewerArgumentResolver viewers) {
        this.viewers = viewers;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(viewers);
    }
}
