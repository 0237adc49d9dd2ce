// Langium 4.4's chevrotain calls Object.groupBy, which Node 20 lacks (../shared/RECIPES.md §1).
// Every entry point imports this module first.
import 'core-js/actual/object/group-by.js';
