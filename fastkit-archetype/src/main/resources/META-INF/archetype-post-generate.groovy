// Runs after archetype:generate: the archetype plugin does not keep file modes, so make the wrapper executable again.
def project = new File(request.outputDirectory, request.artifactId)
new File(project, "mvnw").setExecutable(true, false)
