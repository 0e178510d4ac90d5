# gossiplab --lang: zh_CN renders the lesson in Chinese, en in English; an unknown language
# gives one line on stderr and status 2.
file(REMOVE_RECURSE "${OUT}")
# As many images as the built-in lesson has chapters.
file(READ "${LESSON}" lesson)
string(JSON chapters LENGTH "${lesson}" chapters)
execute_process(COMMAND "${GOSSIPLAB}" --export-lesson "${OUT}" --lang zh_CN --size 1280x720
                RESULT_VARIABLE status OUTPUT_VARIABLE output)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "--lang zh_CN --export-lesson failed with ${status}")
endif()
if(NOT output MATCHES "已将 ${chapters} 张章节图片写入")
    message(FATAL_ERROR "--lang zh_CN did not speak Chinese: ${output}")
endif()
file(GLOB images "${OUT}/*.png")
list(LENGTH images count)
if(NOT count EQUAL chapters)
    message(FATAL_ERROR "expected ${chapters} chapter images, found ${count}")
endif()

execute_process(COMMAND "${GOSSIPLAB}" --export-lesson "${OUT}" --lang en --size 1280x720
                RESULT_VARIABLE status OUTPUT_VARIABLE output)
if(NOT status EQUAL 0 OR NOT output MATCHES "Wrote ${chapters} chapter image")
    message(FATAL_ERROR "--lang en gave status ${status}: ${output}")
endif()

execute_process(COMMAND "${GOSSIPLAB}" --export-lesson "${OUT}" --lang tlh
                RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE message)
# Qt may warn on stderr about the environment; the app's own complaint is one line.
string(REGEX MATCHALL "gossiplab:[^\n]*" complaints "${message}")
list(LENGTH complaints lines)
if(NOT status EQUAL 2 OR NOT lines EQUAL 1 OR NOT complaints MATCHES "--lang.*tlh")
    message(FATAL_ERROR "an unknown --lang gave status ${status}: ${message}")
endif()
