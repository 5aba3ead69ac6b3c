package io.portablefn.maven;

import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** What the goals that fork the local server share: the project and its runtime classpath. */
abstract class LocalServerMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** The project's runtime classpath, after checking that the local server is on it. */
    List<String> serverClasspath() throws MojoExecutionException {
        if (project.getArtifacts().stream().noneMatch(a -> a.getGroupId().equals("io.portablefn")
                && a.getArtifactId().equals("portablefn-local"))) {
            throw new MojoExecutionException("portablefn needs the local server to serve " + project.getArtifactId()
                    + ": add the dependency io.portablefn:portablefn-local to " + project.getFile());
        }
        try {
            return project.getRuntimeClasspathElements();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("Could not resolve the runtime classpath: " + e.getMessage(), e);
        }
    }
}
