// Langium 4.4's chevrotain calls Object.groupBy, which Node 20 lacks (see ../shared/RECIPES.md §1).
// Loaded with --import before langium-cli runs, since compiled sources do not exist yet.
import 'core-js/actual/object/group-by.js';
