# Sources of the practice area (timer, scheduler, practice log).
target_sources(starloop_core PRIVATE)
