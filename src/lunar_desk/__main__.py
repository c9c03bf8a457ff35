from lunar_desk.cli import main

raise SystemExit(main())
