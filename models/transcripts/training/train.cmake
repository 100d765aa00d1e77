# Runs the masker's training (see CMakeLists.txt): the old profiles removed (a run adds its
# counts to what it finds), the trainer run over the labelled call sets, each profile checked.
foreach(f IN LISTS PROFILES)
    file(REMOVE ${f})
endforeach()
execute_process(COMMAND ${TRAINER} ${DATA} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "The masker's training run failed (${rc})")
endif()
foreach(f IN LISTS PROFILES)
    if(NOT EXISTS ${f})
        message(FATAL_ERROR "The training run wrote no profile ${f}")
    endif()
endforeach()
