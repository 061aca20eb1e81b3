import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  DEFAULT_ANALYZE_OPTIONS,
  concat,
  readInOrder
} from "./chunk-S6QMHARY.js";
import {
  nodeIo
} from "./chunk-SSYYQPOH.js";
import {
  acceptsText,
  bomLength,
  chooseParser,
  engineOptions,
  errnoOf,
  parseTextColumns,
  processRecord,
  readFile,
  relativePath,
  stdinRecord
} from "./chunk-CUD3X4TB.js";
import "./chunk-4QNSKDA7.js";
import {
  DECODE_FIRST,
  DEFAULT_OPTIONS,
  UTF8_BYTES,
  byteKeyHash,
  exactKeyHash,
  exactStats,
  findRepeats,
  isExactOnly,
  lastAtOrBefore,
  removalEdits,
  repeatChange,
  resolveOptions,
  sameExactKey,
  utf16Excess
} from "./chunk-YPCK34LZ.js";
import "./chunk-QYCRUTXL.js";
import "./chunk-JYLCKMJR.js";
import {
  formatProblem
} from "./chunk-E2EHHGOB.js";
import {
  plural
} from "./chunk-5TJQSZKO.js";
import {
  severityOf
} from "./chunk-AYPY727O.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-3OOOJW5O.js";

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode2, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode2;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path8 = __require("node:path");
    var fs = __require("node:fs");
    var process2 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode2, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode2, code, message));
        }
        process2.exit(exitCode2);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path8.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path8.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path8.resolve(
            path8.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path8.basename(
              this._scriptPath,
              path8.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path8.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode2 = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode2, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path8.basename(filename, path8.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path9) {
        if (path9 === void 0) return this._executableDir;
        this._executableDir = path9;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode2 = Number(process2.exitCode ?? 0);
        if (exitCode2 === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode2 = 1;
        }
        this._exit(exitCode2, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command2;
    exports.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command2();
    exports.createCommand = (name) => new Command2(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command2;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// src/cli/run.ts
import path7 from "node:path";

// src/io/expand-inputs.ts
import path4 from "node:path";

// src/io/ignore-rules.ts
import path from "node:path";
var NO_IGNORE = { ignores: () => false };
async function ignoreRules(sources) {
  if (sources.length === 0) return NO_IGNORE;
  const { default: ignore } = await import("./ignore-JOAYPYRA.js");
  const matchers = sources.map((source) => ({ base: source.base, matcher: ignore().add(source.patterns) }));
  return {
    ignores(absolute, isDirectory) {
      return matchers.some(({ base, matcher }) => {
        const relative = path.relative(base, absolute);
        if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) return false;
        const posix = relative.split(path.sep).join("/");
        return matcher.ignores(isDirectory ? `${posix}/` : posix);
      });
    }
  };
}

// src/io/load-ignore-files.ts
import path3 from "node:path";

// src/io/find-repo-root.ts
import path2 from "node:path";
async function findRepoRoot(fs, start) {
  for (let dir = start; ; dir = path2.dirname(dir)) {
    try {
      await fs.lstat(path2.join(dir, ".git"));
      return dir;
    } catch {
    }
    if (path2.dirname(dir) === dir) return void 0;
  }
}
function foldersUpTo(start, root) {
  const folders = [];
  for (let dir = start; ; dir = path2.dirname(dir)) {
    folders.push(dir);
    if (dir === root || path2.dirname(dir) === dir) return folders;
  }
}

// src/io/load-ignore-files.ts
var DEFAULT_IGNORE_FILES = [".gitignore", ".unechoignore"];
async function readIgnoreFiles(fs, folder, names) {
  const sources = [];
  for (const name of names) {
    const bytes = await fs.readFile(path3.join(folder, name)).catch(() => void 0);
    if (bytes !== void 0) sources.push({ base: folder, patterns: new TextDecoder().decode(bytes) });
  }
  return sources;
}
async function loadIgnoreFiles(fs, cwd, repoRoot, explicit) {
  const sources = [];
  const problems = [];
  const read = async (file, required) => {
    try {
      const bytes = await fs.readFile(file);
      sources.push({ base: path3.dirname(file), patterns: new TextDecoder().decode(bytes) });
    } catch (error) {
      const errno = errnoOf(error);
      if (!required && (errno === "ENOENT" || errno === "ENOTDIR" || errno === "EISDIR")) return;
      const shown = relativePath(cwd, file);
      problems.push(errno === "ENOENT" ? { code: "FILE_NOT_FOUND", path: shown } : { code: "UNREADABLE_FILE", path: shown, errno });
    }
  };
  if (explicit.length > 0) {
    for (const file of explicit) await read(path3.resolve(cwd, file), true);
  } else {
    for (const dir of foldersUpTo(cwd, repoRoot).reverse()) {
      for (const name of DEFAULT_IGNORE_FILES) await read(path3.join(dir, name), false);
    }
  }
  return { sources, problems };
}

// src/io/expand-inputs.ts
var PRUNED_FOLDERS = [".git", ".hg", ".svn", "node_modules"];
var GLOB_SYNTAX = /[*?[\]{}]|[@!+]\(/;
function rulesIn(walk, folder) {
  const { io, options } = walk;
  const names = options.nestedIgnoreFiles ?? [];
  const relative = path4.relative(io.cwd, folder);
  const outside = relative === ".." || relative.startsWith(`..${path4.sep}`) || path4.isAbsolute(relative);
  if (names.length === 0 || relative === "" || outside) return Promise.resolve(options.ignore);
  let rules = walk.rules.get(folder);
  if (rules === void 0) {
    rules = rulesIn(walk, path4.dirname(folder)).then(async (outer) => {
      const sources = await readIgnoreFiles(io.fs, folder, names);
      return sources.length === 0 ? outer : withMore(outer, await ignoreRules(sources));
    });
    walk.rules.set(folder, rules);
  }
  return rules;
}
function withMore(outer, inner) {
  return { ignores: (absolute, isDirectory) => outer.ignores(absolute, isDirectory) || inner.ignores(absolute, isDirectory) };
}
function hasExtension(name, extensions) {
  const dot = name.lastIndexOf(".");
  return dot > 0 && extensions.includes(name.slice(dot + 1).toLowerCase());
}
function add(walk, absolute) {
  walk.found.set(absolute, { path: relativePath(walk.io.cwd, absolute), absolute });
}
async function holdsFolder(io, link, folder) {
  const [target, here] = await Promise.all([io.fs.realPath(link), io.fs.realPath(folder)]).catch(() => [link, folder]);
  return here === target || here.startsWith(target.endsWith(path4.sep) ? target : target + path4.sep);
}
async function walkFolder(walk, folder) {
  const { io, options } = walk;
  const ignore = await rulesIn(walk, folder);
  if (options.followSymlinks) {
    const real = await io.fs.realPath(folder).catch(() => folder);
    if (walk.visited.has(real)) return;
    walk.visited.add(real);
  }
  let entries;
  try {
    entries = await io.fs.readDir(folder);
  } catch (error) {
    walk.problems.push({ code: "UNREADABLE_DIRECTORY", path: relativePath(io.cwd, folder), errno: errnoOf(error) });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith(".") || PRUNED_FOLDERS.includes(entry.name)) continue;
    const absolute = path4.join(folder, entry.name);
    let isDirectory = entry.isDirectory;
    let isFile = entry.isFile;
    if (entry.isSymbolicLink) {
      if (!options.followSymlinks) continue;
      try {
        const target = await io.fs.stat(absolute);
        isDirectory = target.isDirectory;
        isFile = target.isFile;
      } catch {
        continue;
      }
      if (isDirectory && await holdsFolder(io, absolute, folder)) continue;
    }
    if (isDirectory) {
      if (options.exclude.includes(absolute)) continue;
      if (ignore.ignores(absolute, true)) {
        walk.ignored += 1;
        continue;
      }
      await walkFolder(walk, absolute);
    } else if (isFile && hasExtension(entry.name, options.extensions)) {
      if (options.exclude.includes(absolute)) continue;
      if (ignore.ignores(absolute, false)) walk.ignored += 1;
      else add(walk, absolute);
    }
  }
}
async function expandGlob(walk, pattern) {
  const { io, options } = walk;
  const matches = await io.glob(pattern, {
    cwd: io.cwd,
    followSymlinks: options.followSymlinks,
    prune: PRUNED_FOLDERS
  });
  for (const absolute of matches) {
    const inExcluded = options.exclude.some((excluded) => absolute === excluded || absolute.startsWith(excluded + path4.sep));
    if (inExcluded) continue;
    if ((await rulesIn(walk, path4.dirname(absolute))).ignores(absolute, false)) walk.ignored += 1;
    else add(walk, absolute);
  }
}
async function expandOne(walk, input) {
  const { io, options } = walk;
  const absolute = path4.resolve(io.cwd, input);
  let stat;
  try {
    stat = await io.fs.lstat(absolute);
  } catch (error) {
    const errno = errnoOf(error);
    if (errno === "ENOENT" && GLOB_SYNTAX.test(input)) return expandGlob(walk, input);
    walk.problems.push(
      errno === "ENOENT" || errno === "ENOTDIR" ? { code: "FILE_NOT_FOUND", path: relativePath(io.cwd, absolute) } : { code: "UNREADABLE_FILE", path: relativePath(io.cwd, absolute), errno }
    );
    return;
  }
  if (stat.isSymbolicLink) {
    if (!options.followSymlinks) {
      walk.problems.push({ code: "SYMLINK_SKIPPED", path: relativePath(io.cwd, absolute) });
      return;
    }
    try {
      stat = await io.fs.stat(absolute);
    } catch {
      walk.problems.push({ code: "FILE_NOT_FOUND", path: relativePath(io.cwd, absolute) });
      return;
    }
  }
  if (stat.isDirectory) {
    walk.folder = true;
    return walkFolder(walk, absolute);
  }
  if ((await rulesIn(walk, path4.dirname(absolute))).ignores(absolute, false)) walk.ignored += 1;
  else add(walk, absolute);
}
async function expandInputs(io, inputs, options) {
  const found = /* @__PURE__ */ new Map();
  const problems = [];
  const rules = /* @__PURE__ */ new Map();
  for (const input of inputs) {
    const walk = { io, options, found: /* @__PURE__ */ new Map(), problems, visited: /* @__PURE__ */ new Set(), rules, ignored: 0, folder: false };
    const before = problems.length;
    await expandOne(walk, input);
    const failed = problems.length > before;
    if (walk.found.size === 0 && walk.ignored === 0 && !failed && options.errorOnUnmatched) {
      problems.push({ code: "NO_MATCHING_FILES", pattern: input, ...walk.folder ? { folder: true } : {} });
    }
    for (const [key, file] of walk.found) found.set(key, file);
  }
  let files = [...found.values()];
  if (options.followSymlinks) files = await uniqueByRealPath(io, files);
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files, problems };
}
async function uniqueByRealPath(io, files) {
  const seen = /* @__PURE__ */ new Set();
  const unique = [];
  for (const file of [...files].sort((a, b) => a.path < b.path ? -1 : 1)) {
    const real = await io.fs.realPath(file.absolute).catch(() => file.absolute);
    if (seen.has(real)) continue;
    seen.add(real);
    unique.push(file);
  }
  return unique;
}

// src/cli/emit-output.ts
import path5 from "node:path";

// src/report/color.ts
function decideColor({ flag, env, isTTY }) {
  if (flag !== void 0) return flag;
  const force = env["FORCE_COLOR"];
  if (force !== void 0) {
    if (force === "0" || force === "false") return false;
    if (["", "1", "2", "3", "true"].includes(force)) return true;
  }
  if (env["NO_COLOR"] !== void 0 && env["NO_COLOR"] !== "") return false;
  if (env["TERM"] === "dumb") return false;
  return isTTY;
}

// src/report/format-summary.ts
function formatSummary(file) {
  return file.changes.length === 0 ? `${file.path}: no echoes
` : `${file.path}: removed ${plural(file.changes.length, "echo", "echoes")}
`;
}

// src/cli/load-paint.ts
async function loadPaint(color) {
  const { paint } = await import("./paint-KF5OMLDR.js");
  return paint(color);
}

// src/cli/render-report.ts
async function renderReport(report, format, p) {
  if (report.mode === "list") return (await import("./format-list-XUDQ5VI3.js")).formatList(report);
  if (report.mode === "diff") {
    const { formatDiff } = await import("./format-diff-6YMPDL35.js");
    return formatDiff(report, p);
  }
  switch (format) {
    case "json":
      return (await import("./format-json-KTB4SAIY.js")).formatJson(report);
    case "sarif":
      return (await import("./format-sarif-G4HJTSVW.js")).formatSarif(report);
    case "github":
      return (await import("./format-github-AUGL6Y7H.js")).formatGithub(report);
    case "stylish":
      return (await import("./format-stylish-RZG774QN.js")).formatStylish(report, p);
  }
}

// src/cli/emit-output.ts
async function writeProduct(io, plan, text) {
  const file = plan.flags.outputFile;
  if (file === void 0) {
    io.stdout.write(text);
    return void 0;
  }
  try {
    await io.fs.overwriteFile(path5.resolve(io.cwd, file), new TextEncoder().encode(text));
    return void 0;
  } catch (error) {
    return { code: "UNWRITABLE_OUTPUT", path: file, errno: errnoOf(error) };
  }
}
async function emitReport(io, plan, report) {
  const toFile = plan.flags.outputFile !== void 0;
  const color = !toFile && decideColor({ flag: plan.flags.color, env: io.env, isTTY: io.stdout.isTTY });
  return writeProduct(io, plan, await renderReport(report, plan.settings.format, await loadPaint(color)));
}
async function emitFilter(io, plan, report, passThrough, cleaned) {
  const stdin = report.files[0];
  const output = passThrough ?? cleaned;
  if (output !== void 0) io.stdout.write(output);
  if (plan.flags.outputFile !== void 0) return writeProduct(io, plan, await renderReport(report, plan.settings.format, await loadPaint(false)));
  if (plan.flags.format !== void 0) {
    const color = decideColor({ flag: plan.flags.color, env: io.env, isTTY: io.stderr.isTTY });
    io.stderr.write(await renderReport(report, plan.settings.format, await loadPaint(color)));
  } else if (plan.flags.quiet !== true && stdin !== void 0 && cleaned !== void 0) {
    io.stderr.write(formatSummary(stdin));
  }
  return void 0;
}

// src/cli/exit-code.ts
function exitCode(report, rules) {
  const problems = [...report.problems, ...report.files.flatMap((file) => file.problem ? [file.problem] : [])];
  if (problems.some((problem) => severityOf(problem) === "error")) return 2;
  const changed = report.files.some((file) => file.status === "would-change" || file.status === "changed");
  const crossFile = report.crossFile;
  const found = crossFile !== void 0 && (crossFile.boilerplate.length > 0 || crossFile.duplicates.length > 0);
  if (!changed && !found) return 0;
  switch (report.mode) {
    case "check":
      return 1;
    case "list":
    case "diff":
      return changed ? 1 : 0;
    case "filter":
      return rules.filterCheck ? 1 : 0;
    case "write":
    case "out-dir":
      return rules.failOnChange && changed ? 1 : 0;
  }
}

// src/core/utf16-places.ts
var Utf16Places = class {
  /**
   * @param blocks the blocks of `chars`, in text order, with byte offsets
   * @param excess each block's own bytes over UTF-16 units (see `KeyFacts.excess`)
   */
  constructor(chars, blocks, excess) {
    this.chars = chars;
    const { count } = blocks;
    this.ends = new Float64Array(count);
    this.excessAtEnd = new Float64Array(count);
    this.starts = new Float64Array(count);
    this.lines = new Float64Array(count);
    this.columns = new Float64Array(count);
    let total = 0;
    let line = 1;
    let lineStart = 0;
    let from = 0;
    for (let index = 0; index < count; index++) {
      const start = blocks.contentStart[index];
      const end = blocks.contentEnd[index];
      for (let at = from; at < start; at++) {
        const byte = chars.charCodeAt(at);
        if (byte === 10) {
          line++;
          lineStart = at + 1 - total;
        } else if (byte >= 128) total += byte < 192 ? 1 : byte >= 240 ? -1 : 0;
      }
      this.starts[index] = start - total;
      this.lines[index] = line;
      this.columns[index] = start - total - lineStart + 1;
      for (let at = chars.indexOf("\n", start); at !== -1 && at < end; at = chars.indexOf("\n", at + 1)) line++;
      total += excess[index];
      this.ends[index] = end;
      this.excessAtEnd[index] = total;
      from = end;
    }
  }
  chars;
  /** Byte offset of each block's content end. */
  ends;
  /** Bytes over UTF-16 units before each block's content end. */
  excessAtEnd;
  starts;
  lines;
  columns;
  /** The place of the block with index `index`. */
  place(index) {
    return { start: this.starts[index], end: this.ends[index] - this.excessAtEnd[index], line: this.lines[index], column: this.columns[index] };
  }
  /** The UTF-16 offset of byte `offset` (which starts a character). */
  toUtf16(offset) {
    const block = lastAtOrBefore(this.ends, offset);
    const from = block < 0 ? 0 : this.ends[block];
    const before = block < 0 ? 0 : this.excessAtEnd[block];
    return offset - before - utf16Excess(this.chars, from, offset);
  }
};

// src/core/clean-exact-bytes.ts
function planExactBytes(source, options = {}) {
  const { bytes, chars } = source;
  const blocks = parseTextColumns(chars, UTF8_BYTES);
  const { count, contentStart, contentEnd } = blocks;
  const { minLength } = resolveOptions(options);
  const excess = new Float64Array(count);
  const texts = new Array(count);
  const decoder = new TextDecoder();
  const decode = (index) => decoder.decode(bytes.subarray(contentStart[index], contentEnd[index]));
  const textOf = (index) => texts[index] ??= excess[index] === 0 ? chars.slice(contentStart[index], contentEnd[index]) : decode(index);
  const hashOf = (index, facts) => {
    const start = contentStart[index];
    const end = contentEnd[index];
    const hash = byteKeyHash(chars, start, end, facts);
    if (hash !== DECODE_FIRST) {
      excess[index] = facts.excess;
      return hash;
    }
    const text = texts[index] = decode(index);
    excess[index] = end - start - text.length;
    return exactKeyHash(text, 0, text.length, facts);
  };
  const sameKey = (kept, echo) => {
    if (chars.slice(contentStart[kept], contentEnd[kept]) === chars.slice(contentStart[echo], contentEnd[echo])) {
      texts[echo] ??= textOf(kept);
      return true;
    }
    return sameExactKey(textOf(kept), textOf(echo));
  };
  const removed = findRepeats(count, minLength, hashOf, sameKey);
  const ranges = removed.map(({ echo }) => ({ start: blocks.removalStart[echo], end: blocks.removalEnd[echo] }));
  const removals = removalEdits(chars, ranges, { units: UTF8_BYTES }).map((edit) => edit.range);
  if (removed.length === 0) return { changes: [], removals, stats: exactStats(count, 0, 0) };
  const places16 = new Utf16Places(chars, blocks, excess);
  const places = new Array(count);
  const place = (index) => {
    if (places[index] !== void 0) return places[index];
    const { start, end, line, column } = places16.place(index);
    return places[index] = { start, end, text: textOf(index), line, column };
  };
  let removedChars = 0;
  for (const { start, end } of removals) removedChars += places16.toUtf16(end) - places16.toUtf16(start);
  return {
    changes: removed.map(({ echo, kept }) => repeatChange(place(echo), place(kept))),
    removals,
    stats: exactStats(count, removed.length, removedChars)
  };
}

// src/io/byte-text.ts
function utf8Text(bytes) {
  const chars = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return { bytes, chars };
}

// src/io/cut-bytes.ts
function cutBytes(bytes, removals, from = 0) {
  let length = from + (removals[0]?.start ?? bytes.length - from);
  for (let i = 0; i < removals.length; i++) {
    const keptEnd = from + (removals[i + 1]?.start ?? bytes.length - from);
    const keptStart = from + removals[i].end;
    bytes.copyWithin(length, keptStart, keptEnd);
    length += keptEnd - keptStart;
  }
  return bytes.subarray(0, length);
}

// src/cli/filter-exact-bytes.ts
function filterExactBytes(path8, bytes, settings) {
  const parser = chooseParser(settings.parser, path8);
  const options = engineOptions(settings, parser);
  if (parser !== "text" || settings.scope !== "file" || !isExactOnly(resolveOptions(options)) || !acceptsText(bytes)) return void 0;
  const skip = bomLength(bytes);
  const plan = planExactBytes(utf8Text(bytes.subarray(skip)), options);
  const outcome = plan.removals.length === 0 ? { path: path8, status: "unchanged", changes: [] } : { path: path8, status: "would-change", changes: plan.changes };
  return { outcome, output: cutBytes(bytes, plan.removals, skip) };
}

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// src/cli/settings.ts
var DEFAULT_SETTINGS = Object.freeze({
  unit: DEFAULT_OPTIONS.unit,
  threshold: DEFAULT_OPTIONS.threshold,
  minLength: DEFAULT_OPTIONS.minLength,
  locale: DEFAULT_OPTIONS.locale,
  parser: "auto",
  scope: "file",
  boilerplateMinFiles: DEFAULT_ANALYZE_OPTIONS.minFiles,
  removeBoilerplate: false,
  extensions: Object.freeze(["txt", "text", "md", "markdown", "mdx"]),
  ignores: Object.freeze([]),
  maxFileSize: 5 * 1024 * 1024,
  followSymlinks: false,
  format: "stylish"
});
var SETTINGS = {
  unit: { kind: { type: "choice", choices: ["paragraph", "sentence", "both"] }, default: DEFAULT_SETTINGS.unit, description: "which units may be removed (sentences are compared either way)" },
  threshold: { kind: { type: "number", min: 0, max: 1, integer: false }, default: DEFAULT_SETTINGS.threshold, description: "near-duplicate Dice similarity, 0 to 1" },
  minLength: { kind: { type: "number", min: 0, max: Number.MAX_SAFE_INTEGER, integer: true }, default: DEFAULT_SETTINGS.minLength, description: "shorter segments (letters and digits) are not evidence" },
  locale: { kind: { type: "locale" }, default: DEFAULT_SETTINGS.locale, description: "BCP 47 locale of the sentence rules" },
  parser: { kind: { type: "choice", choices: ["auto", "text", "markdown", "mdx"] }, default: DEFAULT_SETTINGS.parser, description: "input syntax; auto: markdown for .md/.markdown, mdx for .mdx, text otherwise" },
  scope: { kind: { type: "choice", choices: ["file", "files"] }, default: DEFAULT_SETTINGS.scope, description: "echoes within each file, or also across all inputs (files: boilerplate and duplicate documents)" },
  boilerplateMinFiles: { kind: { type: "number", min: 2, max: Number.MAX_SAFE_INTEGER, integer: true }, default: DEFAULT_SETTINGS.boilerplateMinFiles, description: "with scope files: text found in this many files is boilerplate" },
  removeBoilerplate: { kind: { type: "boolean" }, default: DEFAULT_SETTINGS.removeBoilerplate, description: "with scope files: remove the boilerplate from every file" },
  extensions: { kind: { type: "strings" }, default: DEFAULT_SETTINGS.extensions, description: "extensions a folder expands to" },
  ignores: { kind: { type: "strings" }, default: DEFAULT_SETTINGS.ignores, description: "gitignore-style patterns of files to leave alone" },
  maxFileSize: { kind: { type: "number", min: 0, max: Number.MAX_SAFE_INTEGER, integer: true }, default: DEFAULT_SETTINGS.maxFileSize, description: "skip larger files (bytes; 0: no limit)" },
  followSymlinks: { kind: { type: "boolean" }, default: DEFAULT_SETTINGS.followSymlinks, description: "process symbolic links through their real path" },
  format: { kind: { type: "choice", choices: ["stylish", "json", "sarif", "github"] }, default: DEFAULT_SETTINGS.format, description: "report format" }
};
function expectedText(kind) {
  switch (kind.type) {
    case "choice":
      return `one of ${kind.choices.join(", ")}`;
    case "number":
      return kind.max === Number.MAX_SAFE_INTEGER ? `${kind.integer ? "an integer" : "a number"} of at least ${kind.min}` : `${kind.integer ? "an integer" : "a number"} from ${kind.min} to ${kind.max}`;
    case "locale":
      return "a BCP 47 locale such as en or de-CH";
    case "boolean":
      return "true or false";
    case "strings":
      return "an array of strings";
  }
}
function checkSetting(key, value, fromFlag) {
  const kind = SETTINGS[key].kind;
  const fail = { ok: false, expected: expectedText(kind) };
  switch (kind.type) {
    case "choice":
      return typeof value === "string" && kind.choices.includes(value) ? { ok: true, value } : fail;
    case "number": {
      const number = fromFlag && typeof value === "string" && value.trim() !== "" ? Number(value) : value;
      if (typeof number !== "number" || !Number.isFinite(number)) return fail;
      if (number < kind.min || number > kind.max || kind.integer && !Number.isInteger(number)) return fail;
      return { ok: true, value: number };
    }
    case "locale":
      if (typeof value !== "string" || value === "") return fail;
      try {
        Intl.getCanonicalLocales(value);
        return { ok: true, value };
      } catch {
        return fail;
      }
    case "boolean":
      return typeof value === "boolean" ? { ok: true, value } : fail;
    case "strings":
      return Array.isArray(value) && value.every((item) => typeof item === "string") ? { ok: true, value } : fail;
  }
}
function isSettingKey(key) {
  return Object.hasOwn(SETTINGS, key);
}

// src/cli/flags.ts
var FLAGS = [
  { flags: "-c, --check", help: "report echoes, write nothing; exit 1 if any (the default)", group: "Modes" },
  { flags: "-l, --list-different", help: "print the paths of files that would change; exit 1 if any", group: "Modes" },
  { flags: "--diff", help: "print a unified diff (git apply takes it); exit 1 if any", group: "Modes" },
  { flags: "-w, --write", help: "rewrite files in place (atomically, only when changed)", group: "Modes" },
  { flags: "--fix", help: "the same as --write", group: "Modes" },
  { flags: "--out-dir <dir>", help: "write cleaned copies into <dir>, mirroring the tree", group: "Modes" },
  { flags: "--fail-on-change", help: "with --write or --out-dir: exit 1 if any file changed", group: "Modes" },
  { flags: "--stdin-filepath <path>", help: "name stdin, for the parser and the reports", group: "Input" },
  { flags: "--ignore-path <file>", help: "read ignore patterns from <file> instead of .gitignore and .unechoignore (repeatable)", group: "Input", repeatable: true },
  { flags: "--ignore-pattern <pattern>", help: "ignore files matching this gitignore-style pattern (repeatable)", group: "Input", repeatable: true },
  { flags: "--no-ignore", help: "use no ignore files or patterns", group: "Input" },
  { flags: "--no-error-on-unmatched-pattern", help: "a folder or glob that matches no file is not an error", group: "Input" },
  { flags: "--follow-symlinks", help: "process symbolic links through their real path", group: "Input" },
  { flags: "--max-file-size <bytes>", help: "skip larger files with a warning; 0: no limit", group: "Input", setting: "maxFileSize" },
  { flags: "-f, --format <name>", help: "report format", group: "Output", setting: "format" },
  { flags: "-o, --output-file <path>", help: "write the report (or list, or diff) to <path> instead of stdout", group: "Output" },
  { flags: "--color", help: "force colour", group: "Output" },
  { flags: "--no-color", help: "no colour (NO_COLOR and FORCE_COLOR are honoured too)", group: "Output" },
  { flags: "--progress", help: "show a progress bar on stderr even for short runs", group: "Output" },
  { flags: "--no-progress", help: "never show a progress bar", group: "Output" },
  { flags: "-q, --quiet", help: "print only errors on stderr: no warnings or summaries; when writing, no report", group: "Output" },
  { flags: "--unit <unit>", help: "which units may be removed (sentences are compared either way; with --scope files, paragraph keeps boilerplate to whole paragraphs)", group: "Tuning", setting: "unit" },
  { flags: "--threshold <0..1>", help: "near-duplicate similarity (Dice)", group: "Tuning", setting: "threshold" },
  { flags: "--min-length <n>", help: "shorter segments (letters and digits) are not evidence", group: "Tuning", setting: "minLength" },
  { flags: "--locale <tag>", help: "BCP 47 locale of the sentence rules", group: "Tuning", setting: "locale" },
  { flags: "--parser <name>", help: "input syntax; auto: markdown for .md/.markdown/.mdx", group: "Tuning", setting: "parser" },
  { flags: "--scope <scope>", help: "echoes within each file; files: also boilerplate and duplicate documents across inputs", group: "Tuning", setting: "scope" },
  { flags: "--boilerplate-min-files <n>", help: "with --scope files: text in this many files is boilerplate", group: "Tuning", setting: "boilerplateMinFiles" },
  { flags: "--remove-boilerplate", help: "with --scope files: remove the boilerplate from every file", group: "Tuning" },
  { flags: "--config <path>", help: "use this config file instead of looking for one", group: "Config" },
  { flags: "--no-config", help: "use no config file", group: "Config" },
  { flags: "--print-config <file>", help: "print the options that apply to <file> and exit", group: "Config" }
];
function flagHelp(spec) {
  if (spec.setting === void 0) return spec.help;
  const setting = SETTINGS[spec.setting];
  const choices = setting.kind.type === "choice" ? `${setting.kind.choices.join("|")}; ` : "";
  return `${spec.help} (${choices}default: ${String(setting.default)})`;
}

// src/cli/help-text.ts
var HELP_EXAMPLES = `
Examples:
  unecho content/                      report echoes in every .md/.txt file of a folder
  unecho "articles/**/*.txt"           the same for a glob (quote it)
  unecho --write content/              remove the echoes in place
  unecho --diff content/ | git apply   review first, then apply
  unecho -l content/ | wc -l           count the files that would change
  unecho --out-dir clean/ scraped/     write cleaned copies into clean/
  unecho --scope files scraped/        also boilerplate and duplicate articles across files
  cat page.txt | unecho > clean.txt    filter stdin to stdout
  unecho - --stdin-filepath a.md < a.md   filter stdin as Markdown
  unecho -f sarif -o unecho.sarif .    SARIF for code scanning in CI
  unecho -f github content/            annotations in GitHub Actions

Exit codes:
  0  nothing to remove, or files written
  1  echoes found (--check, -l, --diff; --write with --fail-on-change)
  2  usage, config or file error (the run goes on past a bad file)`;

// src/cli/program.ts
var HELP_WIDTH = 100;
function collect(value, previous) {
  return [...previous ?? [], value];
}
function createProgram(version2, output) {
  const program2 = new Command("unecho").usage("[options] [--] <path | dir | glob | ->...").description(
    "Remove the echoes scrapers leave in article text: ledes printed twice, pull quotes and captions\nthat repeat the body, sentences re-emitted as paragraphs. Reads files, folders and globs, or stdin."
  ).argument("[paths...]", "files, folders or globs; - (or no paths and piped input) reads stdin").version(version2, "-v, --version", "print the version").helpOption("-h, --help", "print this help").exitOverride().configureOutput({
    writeOut: output.out,
    writeErr: output.err,
    // Commander's errors become one `unecho: error: …` line.
    outputError: (text, write) => write(`unecho: ${text.trimEnd().replace(/\n+/g, " ")}
`),
    getOutHelpWidth: () => HELP_WIDTH,
    getErrHelpWidth: () => HELP_WIDTH
  }).addHelpText("after", HELP_EXAMPLES);
  for (const spec of FLAGS) {
    const option = new Option(spec.flags, flagHelp(spec)).helpGroup(`${spec.group}:`);
    if (spec.repeatable === true) option.argParser(collect);
    program2.addOption(option);
  }
  return program2;
}

// src/cli/parse-argv.ts
function parseArgv(argv, version2, output) {
  const program2 = createProgram(version2, output);
  try {
    program2.parse([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return { kind: "exit", code: error.exitCode === 0 ? 0 : 2 };
    throw error;
  }
  return { kind: "run", flags: program2.opts(), paths: program2.args };
}
function usageText(version2) {
  const program2 = createProgram(version2, { out: () => void 0, err: () => void 0 });
  return `Usage: unecho ${program2.usage()}
`;
}

// src/io/load-config.ts
import path6 from "node:path";
var CONFIG_FILES = [".unechorc.json", ".unechorc", "package.json"];
function lineAndColumn(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}
async function parseConfig(absolute, text, cwd) {
  const { parse, printParseErrorCode } = await import("./main-UEKMJKEF.js");
  const errors = [];
  const data = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  const source = relativePath(cwd, absolute);
  if (errors.length > 0) {
    return {
      ok: false,
      problems: errors.map((error) => ({
        code: "CONFIG_SYNTAX",
        source,
        ...lineAndColumn(text, error.offset),
        message: printParseErrorCode(error.error)
      }))
    };
  }
  return { ok: true, data };
}
async function readConfigFile(fs, absolute, cwd, required) {
  let text;
  try {
    text = new TextDecoder().decode(await fs.readFile(absolute));
  } catch (error) {
    const errno = errnoOf(error);
    if (!required && (errno === "ENOENT" || errno === "ENOTDIR")) return { ok: true, config: void 0 };
    return { ok: false, problems: [{ code: "CONFIG_UNREADABLE", source: relativePath(cwd, absolute), errno }] };
  }
  const parsed = await parseConfig(absolute, text, cwd);
  if (!parsed.ok) return parsed;
  if (!("data" in parsed)) return parsed;
  let data = parsed.data;
  if (path6.basename(absolute) === "package.json") {
    const hasKey = typeof data === "object" && data !== null && "unecho" in data;
    if (!hasKey) return { ok: true, config: required ? { source: relativePath(cwd, absolute), folder: path6.dirname(absolute), data: {} } : void 0 };
    data = data.unecho;
  }
  return { ok: true, config: { source: relativePath(cwd, absolute), folder: path6.dirname(absolute), data } };
}
async function loadConfig(fs, cwd, repoRoot, explicit) {
  if (explicit !== void 0) return readConfigFile(fs, path6.resolve(cwd, explicit), cwd, true);
  for (const folder of foldersUpTo(cwd, repoRoot)) {
    for (const name of CONFIG_FILES) {
      const loaded = await readConfigFile(fs, path6.join(folder, name), cwd, false);
      if (!loaded.ok || loaded.config !== void 0) return loaded;
    }
  }
  return { ok: true, config: void 0 };
}

// src/cli/check-config.ts
function checkConfig(config) {
  if (config === void 0) return { ok: true, value: { settings: {}, source: void 0, folder: void 0 } };
  const { source, data } = config;
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, problems: [{ code: "BAD_VALUE", name: "(top level)", source, value: JSON.stringify(data) ?? "nothing", expected: "an object" }] };
  }
  const problems = [];
  const settings = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === "$schema") continue;
    if (!isSettingKey(key)) {
      problems.push({ code: "UNKNOWN_CONFIG_KEY", key, source });
      continue;
    }
    const checked = checkSetting(key, value, false);
    if (checked.ok) settings[key] = checked.value;
    else problems.push({ code: "BAD_VALUE", name: key, source, value: JSON.stringify(value), expected: checked.expected });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { settings, source, folder: config.folder } };
}

// src/cli/check-flags.ts
var SETTING_FLAGS = [
  ["unit", "unit", "--unit"],
  ["threshold", "threshold", "--threshold"],
  ["minLength", "minLength", "--min-length"],
  ["locale", "locale", "--locale"],
  ["parser", "parser", "--parser"],
  ["scope", "scope", "--scope"],
  ["boilerplateMinFiles", "boilerplateMinFiles", "--boilerplate-min-files"],
  ["maxFileSize", "maxFileSize", "--max-file-size"],
  ["format", "format", "--format"]
];
function chooseMode(flags, readStdin2, onlyStdin, dashGiven, problems) {
  const modes = [];
  if (flags.check === true) modes.push(["--check", "check"]);
  if (flags.listDifferent === true) modes.push(["--list-different", "list"]);
  if (flags.diff === true) modes.push(["--diff", "diff"]);
  if (flags.write === true || flags.fix === true) modes.push([flags.write === true ? "--write" : "--fix", "write"]);
  if (flags.outDir !== void 0) modes.push(["--out-dir", "out-dir"]);
  if (modes.length > 1) problems.push({ code: "CONFLICTING_OPTIONS", options: modes.map(([name]) => name) });
  const mode = modes[0]?.[1] ?? "check";
  if (flags.failOnChange === true && mode !== "write" && mode !== "out-dir") {
    problems.push({ code: "OPTION_NEEDS", option: "--fail-on-change", needs: "--write or --out-dir" });
  }
  if (readStdin2 && (mode === "write" || mode === "out-dir")) {
    const flag = modes[0]?.[0] ?? "--write";
    if (dashGiven) problems.push({ code: "CONFLICTING_OPTIONS", options: ["stdin (-)", flag] });
    else problems.push({ code: "USAGE", message: `${flag} needs files, folders or globs to write: none were given (stdin is only filtered to stdout)` });
  }
  return onlyStdin && mode === "check" ? "filter" : mode;
}
function checkFlags(flags, paths, stdinIsTTY) {
  const problems = [];
  const files = paths.filter((p) => p !== "-");
  const readStdin2 = paths.includes("-") || paths.length === 0 && !stdinIsTTY && flags.printConfig === void 0;
  const mode = chooseMode(flags, readStdin2, readStdin2 && files.length === 0, paths.includes("-"), problems);
  const settings = {};
  for (const [flag, key, name] of SETTING_FLAGS) {
    const raw = flags[flag];
    if (raw === void 0) continue;
    const checked = checkSetting(key, raw, true);
    if (checked.ok) settings[key] = checked.value;
    else problems.push({ code: "BAD_VALUE", name, source: "flag", value: String(raw), expected: checked.expected });
  }
  if (flags.followSymlinks === true) settings["followSymlinks"] = true;
  if (flags.removeBoilerplate === true) settings["removeBoilerplate"] = true;
  if (paths.length === 0 && stdinIsTTY && flags.printConfig === void 0) problems.push({ code: "NO_INPUT" });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { mode, settings, paths: files, readStdin: readStdin2 } };
}

// src/cli/version.ts
import { readFileSync } from "node:fs";
var cached;
function version() {
  if (cached === void 0) {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    cached = pkg.version;
  }
  return cached;
}

// src/cli/write-problems.ts
async function writeProblems(io, problems, flags) {
  const shown = problems.filter((problem) => flags.quiet !== true || severityOf(problem) !== "warning");
  if (shown.length === 0) return;
  const p = await loadPaint(decideColor({ flag: flags.color, env: io.env, isTTY: io.stderr.isTTY }));
  for (const problem of shown) io.stderr.write(formatProblem(problem, p.severity));
}

// src/cli/plan-run.ts
function idleFlags(flags, choices, settings) {
  const problems = [];
  if (flags.boilerplateMinFiles !== void 0 && settings.scope !== "files") problems.push({ code: "OPTION_NEEDS", option: "--boilerplate-min-files", needs: "--scope files" });
  if (flags.format !== void 0 && (choices.mode === "diff" || choices.mode === "list")) {
    problems.push({ code: "CONFLICTING_OPTIONS", options: ["--format", choices.mode === "diff" ? "--diff" : "--list-different"] });
  }
  if (flags.stdinFilepath !== void 0 && !choices.readStdin) problems.push({ code: "OPTION_NEEDS", option: "--stdin-filepath", needs: "stdin to read (- or no paths)" });
  return problems;
}
async function planRun(io, flags, paths) {
  const checked = checkFlags(flags, paths, io.stdin.isTTY);
  const repoRoot = await findRepoRoot(io.fs, io.cwd);
  const loaded = flags.config === false ? { ok: true, config: void 0 } : await loadConfig(io.fs, io.cwd, repoRoot, flags.config);
  const config = loaded.ok ? checkConfig(loaded.config) : loaded;
  const problems = [...checked.ok ? [] : checked.problems, ...config.ok ? [] : config.problems];
  if (checked.ok && config.ok) {
    const settings = { ...DEFAULT_SETTINGS, ...config.value.settings, ...checked.value.settings };
    if (settings.removeBoilerplate && settings.scope !== "files") problems.push({ code: "OPTION_NEEDS", option: "--remove-boilerplate", needs: "--scope files" });
    if (flags.printConfig === void 0) problems.push(...idleFlags(flags, checked.value, settings));
    if (problems.length === 0) return { flags, choices: checked.value, settings, config: config.value, repoRoot };
  }
  if (problems.some((problem) => problem.code === "NO_INPUT")) io.stderr.write(usageText(version()));
  await writeProblems(io, problems, flags);
  return 2;
}

// src/cli/process-inputs.ts
var CONCURRENCY = 8;
async function processInputs(ctx, stdin, files, withProgress2) {
  if (ctx.settings.scope === "files") {
    const { scopeFilesFlow, processScopeFiles } = await import("./process-scope-files-YZNGM5VH.js");
    const flow = await scopeFilesFlow(ctx, files);
    const read = readInOrder(files, CONCURRENCY, async (file) => ({ path: file.path, read: await readFile(ctx, file) }));
    const reads = concat(stdin === void 0 ? [] : [stdin], read);
    const passes = flow === "two-pass" ? 2 : 1;
    return withProgress2(passes * (files.length + (stdin === void 0 ? 0 : 1)), (tick) => processScopeFiles(ctx, reads, flow, CONCURRENCY, tick));
  }
  const outcomes = [];
  if (stdin !== void 0) outcomes.push(await processRecord(ctx, stdin.read, stdin.path));
  const each = files.length === 0 ? void 0 : (await import("./process-each-file-LHALQZ2C.js")).processEachFile;
  outcomes.push(...await withProgress2(files.length, async (tick) => each === void 0 ? [] : each(ctx, files, CONCURRENCY, tick)));
  return { outcomes };
}

// src/cli/show-progress.ts
var PROGRESS_MIN_FILES = 50;
function showProgress({ flag, quiet, env, stderrIsTTY, files }) {
  if (flag === false || quiet || !stderrIsTTY) return false;
  const set = (name) => (env[name] ?? "") !== "" && env[name] !== "false";
  if (set("CI") || set("PRE_COMMIT") || env["TERM"] === "dumb") return false;
  return flag === true || files >= PROGRESS_MIN_FILES;
}

// src/cli/run.ts
async function ignoreRulesFor(io, plan) {
  if (!plan.flags.ignore) return { rules: NO_IGNORE, problems: [] };
  const files = await loadIgnoreFiles(io.fs, io.cwd, plan.repoRoot, plan.flags.ignorePath ?? []);
  const sources = [...files.sources];
  if (plan.settings.ignores.length > 0) sources.push({ base: plan.config.folder ?? io.cwd, patterns: plan.settings.ignores.join("\n") });
  if (plan.flags.ignorePattern !== void 0) sources.push({ base: io.cwd, patterns: plan.flags.ignorePattern.join("\n") });
  return { rules: await ignoreRules(sources), problems: files.problems };
}
async function withProgress(io, plan, total, work) {
  const stream = io.stderr.raw;
  const wanted = showProgress({ flag: plan.flags.progress, quiet: plan.flags.quiet === true, env: io.env, stderrIsTTY: io.stderr.isTTY, files: total });
  let progress;
  if (wanted && stream !== void 0) {
    const { progressBar } = await import("./progress-bar-NA73C7NB.js");
    progress = progressBar(stream, total);
  }
  try {
    return await work(() => progress?.tick());
  } finally {
    progress?.stop();
  }
}
async function readStdin(io, plan, ignore) {
  const given = plan.flags.stdinFilepath;
  const name = given === void 0 ? "<stdin>" : relativePath(io.cwd, path7.resolve(io.cwd, given));
  const bytes = await io.stdin.readAll();
  const ignored = given !== void 0 && ignore.ignores(path7.resolve(io.cwd, given), false);
  const filtered = !ignored && plan.choices.mode === "filter" ? filterExactBytes(name, bytes, plan.settings) : void 0;
  if (filtered !== void 0) return filtered;
  const read = stdinRecord(name, bytes);
  if (ignored && read.ok) return (read.record.bom ? "\uFEFF" : "") + read.record.text;
  return read.ok ? { path: name, read } : { path: name, read, unread: bytes };
}
function isSilent(plan) {
  const writes = plan.choices.mode === "write" || plan.choices.mode === "out-dir";
  return writes && plan.flags.quiet === true && plan.flags.format === void 0 && plan.flags.outputFile === void 0;
}
async function namesOf(io, file) {
  const real = path7.join(await realPathOf(io, path7.dirname(file)), path7.basename(file));
  return real === file ? [file] : [file, real];
}
async function realPathOf(io, folder) {
  return io.fs.realPath(folder).catch(() => folder);
}
async function execute(io, plan) {
  const { choices, settings, flags } = plan;
  const outDir = flags.outDir === void 0 ? void 0 : path7.resolve(io.cwd, flags.outDir);
  if (outDir !== void 0 && await realPathOf(io, outDir) === await realPathOf(io, io.cwd)) {
    await writeProblems(io, [{ code: "USAGE", message: `--out-dir ${flags.outDir}: that is the working directory, where the copies would overwrite the inputs (use --write to clean in place)` }], flags);
    return 2;
  }
  const ignore = await ignoreRulesFor(io, plan);
  const expanded = await expandInputs(io, choices.paths, {
    extensions: settings.extensions.map((ext) => ext.replace(/^\./, "").toLowerCase()),
    followSymlinks: settings.followSymlinks,
    ignore: ignore.rules,
    // A report written into the input folder (`-o report.txt .`) is no input of the next run.
    exclude: [...outDir === void 0 ? [] : [outDir], ...flags.outputFile === void 0 ? [] : await namesOf(io, path7.resolve(io.cwd, flags.outputFile))],
    errorOnUnmatched: flags.errorOnUnmatchedPattern,
    nestedIgnoreFiles: flags.ignore && flags.ignorePath === void 0 ? DEFAULT_IGNORE_FILES : []
  });
  const ctx = { io, mode: choices.mode, settings, outDir };
  let passThrough;
  let stdin;
  let filtered;
  if (choices.readStdin) {
    const read = await readStdin(io, plan, ignore.rules);
    if (typeof read === "string") passThrough = read;
    else if ("output" in read) filtered = read;
    else stdin = read;
  }
  const processed = await processInputs(ctx, stdin, expanded.files, (total, work) => withProgress(io, plan, total, work));
  const outcomes = [...filtered === void 0 ? [] : [filtered.outcome], ...processed.outcomes].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const report = {
    tool: { name: "unecho", version: version() },
    mode: choices.mode,
    files: outcomes,
    problems: [...ignore.problems, ...expanded.problems],
    ...processed.crossFile === void 0 ? {} : { crossFile: processed.crossFile }
  };
  await writeProblems(io, [...report.problems, ...outcomes.flatMap((file) => file.problem ? [file.problem] : [])], flags);
  const cleaned = filtered?.output ?? outcomes[0]?.after;
  const untouched = passThrough ?? stdin?.unread;
  const outputProblem = choices.mode === "filter" ? await emitFilter(io, plan, report, untouched, cleaned) : isSilent(plan) ? void 0 : await emitReport(io, plan, report);
  if (outputProblem !== void 0) await writeProblems(io, [outputProblem], flags);
  const code = exitCode(report, { failOnChange: flags.failOnChange === true, filterCheck: flags.check === true });
  return Math.max(code, outputProblem !== void 0 ? 2 : 0);
}
function printConfig(io, plan, file) {
  const shown = relativePath(io.cwd, path7.resolve(io.cwd, file));
  const effective = { file: shown, config: plan.config.source ?? null, ...plan.settings, parser: chooseParser(plan.settings.parser, shown) };
  io.stdout.write(`${JSON.stringify(effective, null, 2)}
`);
  return 0;
}
async function run(argv, io) {
  try {
    const parsed = parseArgv(argv, version(), { out: (text) => io.stdout.write(text), err: (text) => io.stderr.write(text) });
    if (parsed.kind === "exit") return parsed.code;
    const planned = await planRun(io, parsed.flags, parsed.paths);
    if (typeof planned === "number") return planned;
    if (parsed.flags.printConfig !== void 0) return printConfig(io, planned, parsed.flags.printConfig);
    return await execute(io, planned);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(formatProblem({ code: "INTERNAL_ERROR", message, version: version() }));
    return 2;
  }
}

// src/cli/main.ts
process.exitCode = await run(process.argv.slice(2), nodeIo());
