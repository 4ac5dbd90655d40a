# Sources of the stories area (repository, coverage, checks).
target_sources(starloop_core PRIVATE)
