import ConflictQCommand

// The command line is read in ConflictQCommand, where the tests reach it too.
ConflictQ.main()
