# gossiplab refuses a bad command line with exactly one line on stderr (no Qt warning before
# it) and status 2: an option given twice, an unwritable export folder, a broken lesson.
set(bad_lesson "${OUT}/broken-lesson.json")
file(MAKE_DIRECTORY "${OUT}")
file(WRITE "${bad_lesson}" "{\"format\": \"gossiplab-lesson\", \"version\": 1, \"title\": \"T\", \"chapters\": [{\"id\": \"a\"}]}")
file(WRITE "${OUT}/not-a-folder" "a file where a folder should be")

# Each case: the arguments, separated by commas, then "|" and what the message must name.
set(cases
    "--lang,zh_CN,--lang,en|--lang"
    "--export-lesson,${OUT}/not-a-folder/inside|not-a-folder"
    "--export-handout,${OUT}/not-a-folder/handout.pdf|not-a-folder"
    "--lesson,${bad_lesson}|chapter 1 [(]a[)]"
    "--lesson,${bad_lesson},--lesson,${bad_lesson}|--lesson")
foreach(case IN LISTS cases)
    string(FIND "${case}" "|" bar)
    string(SUBSTRING "${case}" 0 ${bar} arguments)
    math(EXPR after "${bar} + 1")
    string(SUBSTRING "${case}" ${after} -1 named)
    string(REPLACE "," ";" parts "${arguments}")
    if(NOT parts)
        message(FATAL_ERROR "a case without arguments would open the window: ${case}")
    endif()
    execute_process(COMMAND "${GOSSIPLAB}" ${parts} TIMEOUT 60
                    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE message)
    string(REGEX MATCHALL "[^\n]+" lines "${message}")
    list(LENGTH lines count)
    if(NOT status EQUAL 2 OR NOT count EQUAL 1 OR NOT message MATCHES "^gossiplab: .*${named}")
        message(FATAL_ERROR "gossiplab ${parts} gave status ${status} and stderr:\n${message}")
    endif()
endforeach()
