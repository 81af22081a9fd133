import"./oacc-main-DS-xZNzv.js";
//# sourceMappingURL=openai-compatible-conversation.js.map
