"""Chinese language tools built on jieba: words, keywords, formulations (提法)."""
