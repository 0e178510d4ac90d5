# cmake --install into a temporary prefix puts the programs, the desktop entry, the icons,
# the metainfo and the lessons where a desktop looks for them, and the installed gossiplab,
# run from another folder, renders the lesson in Chinese: it finds its translations and
# lessons wherever it is.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD}" --prefix "${PREFIX}" RESULT_VARIABLE status
                OUTPUT_QUIET ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cmake --install failed with ${status}: ${errors}")
endif()
foreach(installed IN ITEMS
        bin/gossiplab
        bin/gossiplab-cli
        share/applications/${APP_ID}.desktop
        share/metainfo/${APP_ID}.metainfo.xml
        share/icons/hicolor/scalable/apps/${APP_ID}.svg
        share/icons/hicolor/16x16/apps/${APP_ID}.png
        share/icons/hicolor/48x48/apps/${APP_ID}.png
        share/icons/hicolor/256x256/apps/${APP_ID}.png
        share/icons/hicolor/512x512/apps/${APP_ID}.png
        share/gossiplab/lessons/xiao-b.json
        share/gossiplab/networks/two-towns-and-a-bridge.json
        share/gossiplab/experiments/push-pull-or-both.json
        share/gossiplab/scenarios/a-cut-between-the-towns.json)
    if(NOT EXISTS "${PREFIX}/${installed}")
        message(FATAL_ERROR "cmake --install did not install ${installed}")
    endif()
endforeach()
# A 256 x 256 icon really is 256 x 256 (the PNG header's width and height).
file(READ "${PREFIX}/share/icons/hicolor/256x256/apps/${APP_ID}.png" dimensions OFFSET 16 LIMIT 8 HEX)
if(NOT dimensions STREQUAL "0000010000000100")
    message(FATAL_ERROR "the 256x256 icon is not 256 x 256 (header ${dimensions})")
endif()
# The desktop entry starts the installed program by name.
file(STRINGS "${PREFIX}/share/applications/${APP_ID}.desktop" exec REGEX "^Exec=")
if(NOT exec STREQUAL "Exec=gossiplab")
    message(FATAL_ERROR "the desktop entry's ${exec} does not start gossiplab")
endif()

# From a folder far from the build: Chinese, every chapter.
set(elsewhere "${PREFIX}/elsewhere")
file(MAKE_DIRECTORY "${elsewhere}")
file(READ "${LESSON}" lesson)
string(JSON chapters LENGTH "${lesson}" chapters)
execute_process(COMMAND "${PREFIX}/bin/gossiplab" --lang zh_CN --export-lesson out --size 1024x768
                WORKING_DIRECTORY "${elsewhere}" RESULT_VARIABLE status OUTPUT_VARIABLE said ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "the installed gossiplab failed with ${status}: ${errors}")
endif()
# It says so in Chinese ("已将 13 张章节图片写入 out。").
string(FIND "${said}" "写入" chinese)
if(chinese EQUAL -1)
    message(FATAL_ERROR "the installed gossiplab did not speak Chinese: ${said}")
endif()
file(GLOB images "${elsewhere}/out/*.png")
list(LENGTH images count)
if(NOT count EQUAL chapters)
    message(FATAL_ERROR "expected ${chapters} chapter images from the installed gossiplab, found ${count}")
endif()
execute_process(COMMAND "${PREFIX}/bin/gossiplab-cli" simulate --nodes 50 --json
                WORKING_DIRECTORY "${elsewhere}" RESULT_VARIABLE status OUTPUT_VARIABLE json)
if(NOT status EQUAL 0 OR NOT json MATCHES "\"t_last\"")
    message(FATAL_ERROR "the installed gossiplab-cli failed with ${status}: ${json}")
endif()
