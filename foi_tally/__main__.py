from foi_tally.cli import main

main()
