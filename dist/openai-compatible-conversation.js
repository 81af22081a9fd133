import"./oacc-main-_4SEpJGK.js";
//# sourceMappingURL=openai-compatible-conversation.js.map
