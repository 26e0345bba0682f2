from whyfirst.cli import main

main()
