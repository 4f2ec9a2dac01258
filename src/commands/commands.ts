/**
 * The ribbon's function file. RAG Board's one button (Home > RAG Board) opens the task pane,
 * which the manifest does by itself (Action ShowTaskpane); Office still loads this page for
 * the add-in's commands, so it only has to say it is ready.
 */
Office.onReady(() => {
  // No function commands: the button's action is ShowTaskpane.
});
