"""Use cases. Each public function is one transaction and takes the sessionmaker first."""
