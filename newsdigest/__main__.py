from newsdigest.cli import entry

entry()
